package org.handout.check.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handout.check.Outline;
import org.handout.check.ReadBack;

/** One load of a PDF serves the outline, the glyph measures and the tag summary. */
public record PdfReadBack(Outline outline, GlyphReport glyphs, PdfTagSummary tags) implements ReadBack {
    private static final PdfOutlineReader OUTLINE = new PdfOutlineReader();

    public static PdfReadBack read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PdfReadBack(OUTLINE.read(document), PdfGlyphMetrics.measure(document), PdfTagSummary.of(document));
        }
    }

    @Override
    public int pages() {
        return glyphs.pages();
    }
}
