package org.handout.check.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;
import org.handout.check.pdf.DrawnGlyphs.Glyph;
import org.handout.check.pdf.GlyphReport.FontUse;
import org.handout.check.pdf.GlyphReport.TextLine;

/**
 * Measures the glyphs of a PDF as drawn, skipping page furniture marked as {@code /Artifact}:
 * the sizes come from the text rendering matrix, so a 12 pt font scaled up by a transform counts
 * at the size the reader sees. Works on any PDF, also one made elsewhere.
 */
public final class PdfGlyphMetrics {
    /** Glyphs whose baselines differ by less than this belong to the same line. */
    private static final double SAME_LINE_PT = 1.0;
    /** Renderers position words instead of drawing spaces; a gap this wide (in ems) separates two words. */
    private static final double WORD_GAP = 0.15;

    private PdfGlyphMetrics() {
    }

    public static GlyphReport measure(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return measure(document);
        }
    }

    public static GlyphReport measure(PDDocument document) throws IOException {
        return measure(PageGlyphs.of(document));
    }

    /** The measures of a document whose pages' glyphs are parsed once for every check of a file. */
    public static GlyphReport measure(PageGlyphs pages) throws IOException {
        VisibleGlyphs glyphs = new VisibleGlyphs();
        int number = 0;
        for (PDPage page : pages.document().getPages()) {
            number++;
            for (Glyph glyph : pages.page(page).glyphs()) {
                glyphs.add(glyph, number);
            }
            glyphs.closeLine(number);
        }
        List<Double> sizes = glyphs.sizes.stream().sorted().toList();
        double min = sizes.isEmpty() ? 0 : sizes.get(0);
        double median = sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2);
        double minArtifact = glyphs.artifactSizes.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        return new GlyphReport(pages.document().getNumberOfPages(), min, median, minArtifact, glyphs.fonts, glyphs.lines);
    }

    static boolean isItalic(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null && (descriptor.isItalic() || descriptor.getItalicAngle() != 0)) {
            return true;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        return name.contains("italic") || name.contains("oblique");
    }

    /** Collects the glyphs that show a character, page furniture (artifacts) apart, line by line. */
    private static final class VisibleGlyphs {
        private final List<Double> sizes = new ArrayList<>();
        private final List<Double> artifactSizes = new ArrayList<>();
        private final Set<FontUse> fonts = new LinkedHashSet<>();
        /** A font's use, looked up once per font rather than once per glyph. */
        private final Map<PDFont, FontUse> uses = new HashMap<>();
        private final List<TextLine> lines = new ArrayList<>();
        private final List<TextPosition> currentLine = new ArrayList<>();

        void add(Glyph glyph, int page) {
            TextPosition text = glyph.position();
            if (text.getUnicode() == null || text.getUnicode().isBlank()) {
                return;
            }
            if (glyph.artifact()) {
                artifactSizes.add((double) text.getFontSizeInPt());
                return;
            }
            sizes.add((double) text.getFontSizeInPt());
            fonts.add(uses.computeIfAbsent(text.getFont(), font -> new FontUse(font.getName(), isItalic(font))));
            if (!currentLine.isEmpty()
                    && Math.abs(currentLine.get(0).getYDirAdj() - text.getYDirAdj()) > SAME_LINE_PT) {
                closeLine(page);
            }
            currentLine.add(text);
        }

        void closeLine(int page) {
            if (currentLine.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            double start = Double.MAX_VALUE;
            double end = 0;
            double fontPt = 0;
            TextPosition previous = null;
            for (TextPosition glyph : currentLine) {
                if (previous != null && glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
                        > WORD_GAP * glyph.getFontSizeInPt()) {
                    text.append(' ');
                }
                text.append(glyph.getUnicode());
                previous = glyph;
                start = Math.min(start, glyph.getXDirAdj());
                end = Math.max(end, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                fontPt = Math.max(fontPt, glyph.getFontSizeInPt());
            }
            lines.add(new TextLine(page, start, end, currentLine.get(0).getYDirAdj(), fontPt, text.toString()));
            currentLine.clear();
        }
    }
}
