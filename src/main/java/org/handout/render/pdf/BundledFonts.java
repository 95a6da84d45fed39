package org.handout.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.handout.render.BundledResource;
import org.handout.render.FontFamily;
import org.handout.render.FontList;

/**
 * The bundled font families, each read from the classpath the first time a handout's language
 * needs it and then shared read-only by every render thread: a build without Chinese handouts
 * never reads the Chinese fonts.
 */
final class BundledFonts {
    private static final BundledFonts INSTANCE = new BundledFonts();

    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private final Map<String, LoadedFamily> loaded = new ConcurrentHashMap<>();

    private BundledFonts() {
    }

    static BundledFonts shared() {
        return INSTANCE;
    }

    /**
     * Registers every face of the list with the document the builder renders into, as subsets
     * (which keep a two-page handout small enough to email). Each face is parsed once per render
     * thread and reused by its later renders: PDFBox reads a parsed font's tables lazily from one
     * buffer, so a parsed font is never shared between threads, and a font only added to a
     * document (not drawn with) is never written.
     */
    void registerWith(PdfRendererBuilder builder, PDDocument document, FontList fonts) throws IOException {
        for (FontFamily family : fonts.families()) {
            for (String file : family.faceFiles()) {
                FontFace face = FontFace.bundled(file);
                PDType0Font font = PDType0Font.load(document, parsedOnThisThread(family, face), true);
                builder.useFont(new PDFontSupplier(font), family.name(), face.weight(),
                        face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
        }
    }

    private TrueTypeFont parsedOnThisThread(FontFamily family, FontFace face) throws IOException {
        Map<String, TrueTypeFont> parsed = PARSED.get();
        TrueTypeFont font = parsed.get(face.resource());
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(load(family).bytes().get(face.resource())));
            parsed.put(face.resource(), font);
        }
        return font;
    }

    /**
     * True when a family of the list has a glyph for the code point in every one of its faces, so
     * no style of text can lose it. Families are read only as far down the list as needed.
     */
    boolean covers(FontList fonts, int codePoint) {
        return fonts.families().stream().anyMatch(family -> load(family).covered().get(codePoint));
    }

    private LoadedFamily load(FontFamily family) {
        return loaded.computeIfAbsent(family.name(), name -> LoadedFamily.read(family));
    }

    /** @param bytes each face's file by resource name; the arrays are never modified */
    private record LoadedFamily(Map<String, byte[]> bytes, BitSet covered) {

        static LoadedFamily read(FontFamily family) {
            Map<String, byte[]> bytes = new HashMap<>();
            BitSet covered = null;
            for (String file : family.faceFiles()) {
                String resource = FontFace.bundled(file).resource();
                bytes.put(resource, BundledResource.bytes(resource));
                BitSet mapped = mappedCodePoints(resource, bytes.get(resource));
                if (covered == null) {
                    covered = mapped;
                } else {
                    covered.and(mapped);
                }
            }
            return new LoadedFamily(Map.copyOf(bytes), covered);
        }

        /** Asks the font's Unicode cmap about every code point once, so later lookups need no parsed font. */
        private static BitSet mappedCodePoints(String resource, byte[] bytes) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BitSet mapped = new BitSet();
                for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
                    if (cmap.getGlyphId(codePoint) > 0) {
                        mapped.set(codePoint);
                    }
                }
                return mapped;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled font " + resource, e);
            }
        }
    }
}
