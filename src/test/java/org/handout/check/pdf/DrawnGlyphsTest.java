package org.handout.check.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class DrawnGlyphsTest {

    /** Draws "Hello" at each position, in order, in 12 pt Helvetica, and returns the page's glyphs. */
    private static List<DrawnGlyphs.Glyph> helloAt(float[]... positions) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (float[] at : positions) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(at[0], at[1]);
                    content.showText("Hello");
                    content.endText();
                }
            }
            return DrawnGlyphs.of(page).glyphs();
        }
    }

    private static List<Boolean> overprints(List<DrawnGlyphs.Glyph> glyphs) {
        return glyphs.stream().map(DrawnGlyphs.Glyph::overprint).toList();
    }

    @Test
    void aWordDrawnAgainOnItselfIsAnOverprint() throws IOException {
        List<DrawnGlyphs.Glyph> glyphs = helloAt(new float[] {100, 700}, new float[] {100.3f, 700.2f});

        assertThat(overprints(glyphs)).containsExactly(false, false, false, false, false, true, true, true, true, true);
    }

    @Test
    void theSameWordOnAnotherLineOrFurtherAlongIsNoOverprint() throws IOException {
        List<DrawnGlyphs.Glyph> glyphs = helloAt(new float[] {100, 700}, new float[] {100, 650}, new float[] {200, 700});

        assertThat(overprints(glyphs)).containsOnly(false).hasSize(15);
    }
}
