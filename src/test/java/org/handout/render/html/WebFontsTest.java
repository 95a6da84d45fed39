package org.handout.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.handout.render.BundledResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebFontsTest {

    /** What a PDF can draw, a web page must draw in the same face, not in a fallback. */
    @ParameterizedTest
    @ValueSource(strings = {"AtkinsonHyperlegible_400Regular.ttf", "AtkinsonHyperlegible_400Regular_Italic.ttf",
            "AtkinsonHyperlegible_700Bold.ttf", "AtkinsonHyperlegible_700Bold_Italic.ttf"})
    void theEmbeddedSubsetsCoverEveryCharacterOfTheBundledTrueTypeFonts(String file) throws IOException {
        List<String> uncovered = new ArrayList<>();
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(BundledResource.bytes("/styles/fonts/" + file)))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int codePoint = 0x20; codePoint <= 0xFFFF; codePoint++) {
                int c = codePoint;
                if (cmap.getGlyphId(c) > 0 && WebFonts.all().stream().noneMatch(s -> s.covers(c))) {
                    uncovered.add(String.format(Locale.ROOT, "U+%04X", c));
                }
            }
        }
        assertThat(uncovered).isEmpty();
    }

    @Test
    void plainEnglishNeedsOnlyTheLatinSubset() {
        assertThat(WebFonts.subsets("“Relapse is part of recovery” – 100 %")).extracting(WebFonts.Subset::name)
                .containsExactly("latin");
    }

    @Test
    void aLetterBeyondLatin1AddsTheLatinExtendedSubset() {
        assertThat(WebFonts.subsets("Łódź")).extracting(WebFonts.Subset::name).containsExactly("latin", "latin-ext");
    }

    @Test
    void aMathematicalSignNoWoff2SubsetHasAddsTheTrueTypeFaceLimitedToSuchSigns() {
        assertThat(WebFonts.subsets("Take ≤ 2 tablets")).extracting(WebFonts.Subset::name).containsExactly("latin", "rest");
        assertThat(WebFonts.css("≤", false)).contains("src:url(data:font/ttf;base64,", "format(\"truetype\")")
                .contains("U+2264");
    }

    @Test
    void embedsRegularAndBoldAlwaysAndItalicsOnlyWhenAsked() {
        assertThat(WebFonts.css("text", false)).contains("font-style:normal;font-weight:400", "font-style:normal;font-weight:700")
                .doesNotContain("font-style:italic");
        assertThat(WebFonts.css("text", true)).contains("font-style:italic;font-weight:400", "font-style:italic;font-weight:700");
    }
}
