package org.handout.check.docx;

import static org.handout.check.PrintMeasures.LARGE_PRINT_MIN_PT;
import static org.handout.check.PrintMeasures.points;

import java.util.Optional;
import org.handout.check.Measure;
import org.handout.check.MeasureRule;

/** The print rules measured on a DOCX read back. */
public final class DocxMeasures {
    /** No run of a large-print DOCX is below 18 pt, styles and direct formatting resolved. */
    public static final MeasureRule<DocxReadBack> LARGE_PRINT_SMALLEST_TEXT =
            docx -> smallestText(DocxFontSizes.read(docx.file()));

    private DocxMeasures() {
    }

    static Measure smallestText(DocxFontSizes sizes) {
        Optional<DocxFontSizes.TextSize> smallest = sizes.smallest();
        String value = smallest.map(s -> points(s.pt()) + " pt (" + s.where() + ")").orElse("no text");
        return new Measure("smallest text", value, "at least 18 pt",
                smallest.map(s -> s.pt() >= LARGE_PRINT_MIN_PT).orElse(true));
    }
}
