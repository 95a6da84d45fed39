package org.handout.check.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handout.check.FoundText;
import org.handout.check.Outline;
import org.handout.check.OutlineReadBack;

/**
 * One load of a PDF, and one parse of each page's content, serve the outline, the text, the glyph measures and
 * the tag summary.
 */
public record PdfReadBack(Outline outline, FoundText text, GlyphReport glyphs, PdfTagSummary tags) implements OutlineReadBack {
    private static final PdfOutlineReader OUTLINE = new PdfOutlineReader();
    private static final PdfTextReader TEXT = new PdfTextReader();

    public static PdfReadBack read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PageGlyphs pages = PageGlyphs.of(document);
            return new PdfReadBack(OUTLINE.read(pages), TEXT.read(pages), PdfGlyphMetrics.measure(pages),
                    PdfTagSummary.of(pages));
        }
    }

    @Override
    public int pages() {
        return glyphs.pages();
    }
}
