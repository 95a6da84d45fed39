package org.handout.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.handout.render.BundledResource;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Atkinson Hyperlegible for every web page (handouts, reports, the library): the WOFF2 files of
 * the {@code @fontsource/atkinson-hyperlegible} package, the same OFL family as the TrueType
 * files the PDFs embed, inlined as {@code data:} URIs so each page stays one file that loads
 * nothing. Fontsource splits each face into {@code unicode-range} subsets; a page carries only the
 * subsets its text needs, and italic faces only where its text can be italic, which keeps a
 * handout page small enough to email. A few characters the bundled TrueType files draw are in no
 * fontsource subset (≤ ≥ ≈ ≠ ∞ µ, some combining accents): a page using one also carries the
 * TrueType files, limited to those characters, so it never shows them in a fallback font.
 */
public final class WebFonts {
    /** The one family embedded; other scripts' Noto families are named by the page but not embedded. */
    public static final String FAMILY = "Atkinson Hyperlegible";
    private static final String FOLDER = "/styles/fonts/web/";
    private static final String TRUE_TYPE_FOLDER = "/styles/fonts/";
    private static final List<Subset> SUBSETS = subsets();
    private static final Map<String, String> DATA_URIS = new ConcurrentHashMap<>();

    private WebFonts() {
    }

    /**
     * One subset of the family and the code points it covers, as CSS {@code unicode-range} writes
     * them; fontsource's WOFF2 files, or the bundled TrueType files for what those lack.
     */
    record Subset(String name, String unicodeRange, List<int[]> ranges, boolean trueType) {
        Subset {
            ranges = List.copyOf(ranges);
        }

        boolean covers(int codePoint) {
            return ranges.stream().anyMatch(r -> codePoint >= r[0] && codePoint <= r[1]);
        }

        /** Whether any of the code points falls in one of its ranges: one look per range, not per character. */
        boolean usedBy(BitSet codePoints) {
            for (int[] range : ranges) {
                int next = codePoints.nextSetBit(range[0]);
                if (next >= 0 && next <= range[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Adds the {@code @font-face} rules {@code page}'s text needs as a style right after the title:
     * after the charset, which browsers look for in the first 1,024 bytes, and before the page's
     * own styles that name the family.
     *
     * @param italics whether the page's styles may show emphasis in italics (large print never does)
     */
    public static void embed(Document page, boolean italics) {
        boolean italicText = italics && !page.select("em, i, cite").isEmpty();
        String css = css(page.text(), italicText);
        page.head().selectFirst("title").after(new Element("style").appendChild(new DataNode(css)));
    }

    /** The {@code @font-face} rules for text in the given characters, regular and bold, and italic if asked. */
    static String css(String text, boolean italics) {
        StringBuilder css = new StringBuilder();
        for (Subset subset : subsets(text)) {
            for (int weight : new int[] {400, 700}) {
                css.append(face(subset, weight, "normal"));
                if (italics) {
                    css.append(face(subset, weight, "italic"));
                }
            }
        }
        return css.toString();
    }

    /** The subsets text in these characters needs; the basic Latin one always, for the page's own words. */
    static List<Subset> subsets(String text) {
        BitSet codePoints = new BitSet();
        text.codePoints().forEach(codePoints::set);
        List<Subset> used = new ArrayList<>();
        for (Subset subset : SUBSETS) {
            if (used.isEmpty() || subset.usedBy(codePoints)) {
                used.add(subset);
            }
        }
        return used;
    }

    /** Every subset this family is shipped in, basic Latin first. */
    static List<Subset> all() {
        return SUBSETS;
    }

    private static String face(Subset subset, int weight, String style) {
        String resource = subset.trueType() ? trueTypeFile(weight, style)
                : FOLDER + "atkinson-hyperlegible-" + subset.name() + "-" + weight + "-" + style + ".woff2";
        String mediaType = subset.trueType() ? "font/ttf" : "font/woff2";
        String uri = DATA_URIS.computeIfAbsent(resource, name ->
                "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(BundledResource.bytes(name)));
        return String.format(Locale.ROOT, "@font-face{font-family:\"%s\";font-style:%s;font-weight:%d;font-display:swap;"
                + "src:url(%s) format(\"%s\");unicode-range:%s}%n", FAMILY, style, weight, uri,
                subset.trueType() ? "truetype" : "woff2", subset.unicodeRange());
    }

    private static String trueTypeFile(int weight, String style) {
        return TRUE_TYPE_FOLDER + "AtkinsonHyperlegible_" + (weight == 700 ? "700Bold" : "400Regular")
                + (style.equals("italic") ? "_Italic" : "") + ".ttf";
    }

    private static List<Subset> subsets() {
        JsonNode ranges;
        try {
            ranges = new ObjectMapper().readTree(BundledResource.bytes(FOLDER + "unicode-ranges.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Subset> subsets = new ArrayList<>();
        for (String name : List.of("latin", "latin-ext")) {
            String range = ranges.path(name).asText();
            subsets.add(new Subset(name, range, parse(range), false));
        }
        List<int[]> rest = beyond(subsets);
        subsets.add(new Subset("rest", unicodeRange(rest), rest, true));
        return List.copyOf(subsets);
    }

    /** What the regular TrueType face draws that no fontsource subset covers, as closed intervals. */
    private static List<int[]> beyond(List<Subset> subsets) {
        List<int[]> rest = new ArrayList<>();
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(
                BundledResource.bytes(trueTypeFile(400, "normal"))))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int codePoint = 0; codePoint <= Character.MAX_VALUE; codePoint++) {
                int c = codePoint;
                if (cmap.getGlyphId(c) > 0 && subsets.stream().noneMatch(s -> s.covers(c))) {
                    int[] last = rest.isEmpty() ? null : rest.get(rest.size() - 1);
                    if (last != null && last[1] == c - 1) {
                        last[1] = c;
                    } else {
                        rest.add(new int[] {c, c});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rest;
    }

    private static String unicodeRange(List<int[]> ranges) {
        List<String> parts = new ArrayList<>();
        for (int[] range : ranges) {
            parts.add(range[0] == range[1] ? String.format(Locale.ROOT, "U+%04X", range[0])
                    : String.format(Locale.ROOT, "U+%04X-%04X", range[0], range[1]));
        }
        return String.join(",", parts);
    }

    /** {@code U+0000-00FF,U+0131} → the closed intervals [0x0, 0xFF], [0x131, 0x131]. */
    private static List<int[]> parse(String unicodeRange) {
        List<int[]> ranges = new ArrayList<>();
        for (String part : unicodeRange.split(",")) {
            String[] ends = part.strip().substring(2).split("-");
            int first = Integer.parseInt(ends[0], 16);
            ranges.add(new int[] {first, ends.length > 1 ? Integer.parseInt(ends[1], 16) : first});
        }
        return List.copyOf(ranges);
    }
}
