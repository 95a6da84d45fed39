package org.handout.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handout.Fixtures;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.model.NoteKind;
import org.handout.render.FontFamily;
import org.handout.render.FontList;
import org.handout.render.LanguageFonts;
import org.handout.render.PageWords;
import org.handout.source.HandoutParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every language fixture is drawn whole by its font list, and no word mixes two faces. */
class LanguageFontCoverageTest {
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{M}]+");
    private static final BundledFonts FONTS = BundledFonts.shared();

    static Stream<Path> fixtures() throws IOException {
        return Files.list(Path.of("src/test/resources/languages")).filter(file -> file.toString().endsWith(".md")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyCharacterOfTheFixtureHasAGlyph(Path fixture) throws Exception {
        Handout handout = new HandoutParser().parse(fixture).handout();

        new GlyphCoverage(FONTS).check(handout);
    }

    @Test
    void aParagraphMarkedChineseInAnEnglishHandoutIsDrawnWithTheChineseList() throws Exception {
        new GlyphCoverage(FONTS).check(Fixtures.parse(Fixtures.LANGUAGE_PARTS));
    }

    @Test
    void theSameChineseUnmarkedIsRefusedByTheEnglishList(@TempDir Path dir) throws Exception {
        Path source = Files.writeString(dir.resolve("unmarked.md"),
                Files.readString(Fixtures.LANGUAGE_PARTS).replace("{lang=zh-Hans}", ""));
        Handout handout = Fixtures.parse(source);

        assertThatThrownBy(() -> new GlyphCoverage(FONTS).check(handout))
                .isInstanceOf(InvalidHandoutException.class)
                .hasMessageContaining("unmarked.md:12:").hasMessageContaining("no font for en-US (Atkinson Hyperlegible)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachWordIsDrawnByOneFamily(Path fixture) throws Exception {
        Handout handout = new HandoutParser().parse(fixture).handout();
        FontList fonts = LanguageFonts.bundled().of(handout.meta().lang());

        for (String word : WORDS.split(Files.readString(fixture).replaceFirst("(?s)^---.*?---", ""))) {
            if (!word.isEmpty()) {
                FontFamily first = firstFamilyWith(fonts, word.codePointAt(0));
                assertThat(word.codePoints()).as("%s is drawn by %s alone", word, first.name())
                        .allMatch(letter -> FONTS.covers(new FontList(List.of(first)), letter));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void thePageWordsOfTheLanguageHaveGlyphs(Path fixture) throws Exception {
        Handout handout = new HandoutParser().parse(fixture).handout();
        FontList fonts = LanguageFonts.bundled().of(handout.meta().lang());
        PageWords words = PageWords.of(handout.meta().lang());
        String all = String.join(" ", words.pageNumber()) + words.reviewed("2026-11-01") + words.skipToContent()
                + Stream.of(NoteKind.values()).map(words::label).reduce("", String::concat);

        assertThat(all.codePoints().filter(c -> !Character.isWhitespace(c)))
                .allMatch(c -> FONTS.covers(fonts, c));
    }

    @Test
    void atkinsonHyperlegibleFirstWouldSplitVietnameseWords() {
        FontList atkinsonFirst = LanguageFonts.bundled().of(Locale.ENGLISH);
        FontFamily first = firstFamilyWith(atkinsonFirst, 'R');

        assertThat("Rửa".codePoints()).anyMatch(letter -> !FONTS.covers(new FontList(List.of(first)), letter));
    }

    private static FontFamily firstFamilyWith(FontList fonts, int codePoint) {
        return fonts.families().stream().filter(family -> FONTS.covers(new FontList(List.of(family)), codePoint))
                .findFirst().orElseThrow();
    }
}
