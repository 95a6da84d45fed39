package org.handout.check.pdf;

import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Every glyph a page's content shows, in content order, with the marked content it belongs to and whether it is
 * actually visible: not in an invisible render mode, not clipped away, not off the page, and present in its font.
 * Text that is tagged but not visible is what a sighted reader misses while a screen reader reads it. One pass
 * over the content also counts the sequences tagged Artifact and marks glyphs drawn over an earlier one, so every
 * reader of a page ({@link PageGlyphs}) shares it.
 */
final class DrawnGlyphs extends PDFMarkedContentExtractor {

    /**
     * One glyph: {@code mcid} of the innermost marked-content sequence with one (-1 if none), whether it lies in
     * an artifact, whether it is visible, and whether it is an overprint: the same character drawn again where an
     * earlier glyph of the page already is (as some producers fake bold), by PDFBox's rule for
     * {@link PDFMarkedContentExtractor#setSuppressDuplicateOverlappingText}.
     */
    record Glyph(TextPosition position, int mcid, boolean artifact, boolean drawn, boolean overprint) {
    }

    private record Sequence(int mcid, boolean artifact) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();
    private final Deque<Sequence> open = new ArrayDeque<>();
    private final PDRectangle pageBox;
    /**
     * The glyphs that are not overprints, by character and then by height on the page, so finding an
     * overprint looks at the same character on the same line only, not at every one the page drew before.
     */
    private final Map<String, NavigableMap<Float, List<TextPosition>>> firstDrawn = new HashMap<>();
    private int artifacts;
    private boolean glyphMissing;
    private Area lastClip;
    private Rectangle2D lastClipBounds;
    private boolean lastClipRectangular;

    private DrawnGlyphs(PDPage page) {
        this.pageBox = page.getCropBox();
    }

    static PageGlyphs.Page of(PDPage page) throws IOException {
        DrawnGlyphs extractor = new DrawnGlyphs(page);
        extractor.processPage(page);
        return new PageGlyphs.Page(extractor.glyphs, extractor.artifacts);
    }

    /** Glyphs of each MCID, in content order. */
    static Map<Integer, List<Glyph>> byMcid(List<Glyph> glyphs) {
        Map<Integer, List<Glyph>> byMcid = new HashMap<>();
        for (Glyph glyph : glyphs) {
            if (glyph.mcid() >= 0) {
                byMcid.computeIfAbsent(glyph.mcid(), k -> new ArrayList<>()).add(glyph);
            }
        }
        return byMcid;
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        int mcid = properties == null ? -1 : properties.getInt(COSName.MCID, -1);
        Sequence enclosing = open.peek();
        if (COSName.ARTIFACT.equals(tag)) {
            artifacts++;
        }
        boolean artifact = COSName.ARTIFACT.equals(tag) || enclosing != null && enclosing.artifact();
        open.push(new Sequence(mcid >= 0 ? mcid : enclosing == null ? -1 : enclosing.mcid(), artifact));
    }

    @Override
    public void endMarkedContentSequence() {
        if (!open.isEmpty()) {
            open.pop();
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        glyphMissing = font instanceof PDVectorFont vector && !vector.hasGlyph(code);
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        Sequence sequence = open.peek();
        boolean blank = text.getUnicode() == null || text.getUnicode().isBlank();
        boolean drawn = blank || !glyphMissing && visible(text);
        glyphs.add(new Glyph(text, sequence == null ? -1 : sequence.mcid(), sequence != null && sequence.artifact(), drawn,
                overprint(text)));
    }

    /** PDFBox's test: the same character within a third of its width, across and up, of one drawn before. */
    private boolean overprint(TextPosition text) {
        NavigableMap<Float, List<TextPosition>> same = firstDrawn.computeIfAbsent(text.getUnicode(), k -> new TreeMap<>());
        float tolerance = text.getWidth() / text.getUnicode().length() / 3.0f;
        if (tolerance > 0) {
            for (List<TextPosition> line : same.subMap(text.getY() - tolerance, false, text.getY() + tolerance, false).values()) {
                for (TextPosition earlier : line) {
                    if (within(earlier.getX(), text.getX(), tolerance)) {
                        return true;
                    }
                }
            }
        }
        same.computeIfAbsent(text.getY(), k -> new ArrayList<>()).add(text);
        return false;
    }

    private static boolean within(float first, float second, float variance) {
        return second > first - variance && second < first + variance;
    }

    private boolean visible(TextPosition text) {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (!mode.isFill() && !mode.isStroke()) {
            return false;
        }
        Matrix matrix = text.getTextMatrix();
        Rectangle2D box = new Rectangle2D.Float(matrix.getTranslateX(), matrix.getTranslateY(),
                Math.max(text.getWidth(), 0.1f), Math.max(text.getHeight(), 0.1f));
        if (!box.intersects(pageBox.getLowerLeftX(), pageBox.getLowerLeftY(), pageBox.getWidth(), pageBox.getHeight())) {
            return false;
        }
        Area clip = getGraphicsState().getCurrentClippingPath();
        if (clip != lastClip) {
            lastClip = clip;
            lastClipBounds = clip.getBounds2D();
            lastClipRectangular = clip.isRectangular();
        }
        return lastClipRectangular ? lastClipBounds.intersects(box) : clip.intersects(box);
    }
}
