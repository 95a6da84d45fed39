package org.handout.check.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
        VisibleGlyphs glyphs = new VisibleGlyphs();
        glyphs.getText(document);
        List<Double> sizes = glyphs.sizes.stream().sorted().toList();
        double min = sizes.isEmpty() ? 0 : sizes.get(0);
        double median = sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2);
        double minArtifact = glyphs.artifactSizes.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        return new GlyphReport(document.getNumberOfPages(), min, median, minArtifact, glyphs.fonts, glyphs.lines);
    }

    static boolean isItalic(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null && (descriptor.isItalic() || descriptor.getItalicAngle() != 0)) {
            return true;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        return name.contains("italic") || name.contains("oblique");
    }

    /** Collects visible glyphs; BDC/EMC operators are registered so artifacts can be told apart. */
    private static final class VisibleGlyphs extends PDFTextStripper {
        private final Deque<Boolean> artifactStack = new ArrayDeque<>();
        private final List<Double> sizes = new ArrayList<>();
        private final List<Double> artifactSizes = new ArrayList<>();
        private final Set<FontUse> fonts = new LinkedHashSet<>();
        private final List<TextLine> lines = new ArrayList<>();
        private final List<TextPosition> currentLine = new ArrayList<>();

        VisibleGlyphs() {
            addOperator(new BeginMarkedContentSequenceWithProperties(this));
            addOperator(new BeginMarkedContentSequence(this));
            addOperator(new EndMarkedContentSequence(this));
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            boolean inArtifact = !artifactStack.isEmpty() && artifactStack.peek();
            artifactStack.push(inArtifact || COSName.ARTIFACT.equals(tag));
        }

        @Override
        public void endMarkedContentSequence() {
            if (!artifactStack.isEmpty()) {
                artifactStack.pop();
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (text.getUnicode() == null || text.getUnicode().isBlank()) {
                return;
            }
            if (!artifactStack.isEmpty() && artifactStack.peek()) {
                artifactSizes.add((double) text.getFontSizeInPt());
                return;
            }
            sizes.add((double) text.getFontSizeInPt());
            fonts.add(new FontUse(text.getFont().getName(), isItalic(text.getFont())));
            if (!currentLine.isEmpty()
                    && Math.abs(currentLine.get(0).getYDirAdj() - text.getYDirAdj()) > SAME_LINE_PT) {
                closeLine();
            }
            currentLine.add(text);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            closeLine();
            artifactStack.clear();
            super.endPage(page);
        }

        private void closeLine() {
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
            lines.add(new TextLine(getCurrentPageNo(), start, end, currentLine.get(0).getYDirAdj(), fontPt,
                    text.toString()));
            currentLine.clear();
        }
    }
}
