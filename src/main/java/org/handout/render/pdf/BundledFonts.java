package org.handout.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.handout.render.BundledResource;
import org.handout.render.Profile;

/**
 * The Atkinson Hyperlegible faces, read from the classpath once per JVM and shared read-only by
 * every render thread, with the set of characters all four faces can draw.
 */
final class BundledFonts {
    private static final BundledFonts INSTANCE = load();

    private final List<FontFace> faces;
    private final BitSet covered;

    private BundledFonts(List<FontFace> faces, BitSet covered) {
        this.faces = List.copyOf(faces);
        this.covered = covered;
    }

    static BundledFonts shared() {
        return INSTANCE;
    }

    /** Registers every face; subsetting keeps a two-page handout small enough to email. */
    void registerWith(PdfRendererBuilder builder) {
        for (FontFace face : faces) {
            builder.useFont(face::open, Profile.FONT_FAMILY, face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
    }

    /** True when every face has a glyph for the code point, so no style of text can lose it. */
    boolean covers(int codePoint) {
        return covered.get(codePoint);
    }

    private static BundledFonts load() {
        List<FontFace> faces = List.of(
                face("AtkinsonHyperlegible_400Regular.ttf", 400, false),
                face("AtkinsonHyperlegible_400Regular_Italic.ttf", 400, true),
                face("AtkinsonHyperlegible_700Bold.ttf", 700, false),
                face("AtkinsonHyperlegible_700Bold_Italic.ttf", 700, true));
        BitSet covered = null;
        for (FontFace face : faces) {
            BitSet mapped = mappedCodePoints(face);
            if (covered == null) {
                covered = mapped;
            } else {
                covered.and(mapped);
            }
        }
        return new BundledFonts(faces, covered);
    }

    private static FontFace face(String file, int weight, boolean italic) {
        String resource = "/styles/fonts/" + file;
        return new FontFace(resource, weight, italic, BundledResource.bytes(resource));
    }

    /** Asks the font's Unicode cmap about every code point once, so later lookups need no parsed font. */
    private static BitSet mappedCodePoints(FontFace face) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet mapped = new BitSet();
            for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
                if (cmap.getGlyphId(codePoint) > 0) {
                    mapped.set(codePoint);
                }
            }
            return mapped;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + face.resource(), e);
        }
    }
}
