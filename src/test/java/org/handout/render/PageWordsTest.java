package org.handout.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.handout.model.NoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PageWordsTest {

    static Stream<Path> wordFiles() throws IOException {
        return Files.list(Path.of("styles/words")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordFiles")
    void everyLanguageSaysEveryWordEnglishSays(Path file) throws IOException {
        Properties english = properties(Path.of("styles/words/en.properties"));

        assertThat(properties(file).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(properties(file).getProperty("page")).contains(PageWords.PAGE, PageWords.PAGES);
    }

    @Test
    void pageNumbersFollowTheLanguagesWordOrder() {
        assertThat(PageWords.of(Locale.forLanguageTag("ko")).pageNumber())
                .containsExactly(PageWords.PAGES, "쪽 중 ", PageWords.PAGE, "쪽");
        assertThat(PageWords.of(Locale.forLanguageTag("en-US")).pageNumber())
                .containsExactly("Page ", PageWords.PAGE, " of ", PageWords.PAGES);
    }

    @Test
    void taiwanFindsTraditionalChinese() {
        assertThat(PageWords.of(Locale.forLanguageTag("zh-TW")).reviewed("2026-11-01")).isEqualTo("審閱日期 2026-11-01");
    }

    @Test
    void calloutLabelsAreInTheHandoutsLanguage() {
        assertThat(PageWords.of(Locale.forLanguageTag("es-MX")).label(NoteKind.WARNING)).isEqualTo("Advertencia");
    }

    @Test
    void aLanguageWithoutWordsFallsBackToEnglishAndNamesItself() {
        PageWords german = PageWords.of(Locale.forLanguageTag("de-DE"));

        assertThat(german.skipToContent()).isEqualTo("Skip to content");
        assertThat(german.missing()).hasValue("German (Germany) (de-DE)");
    }

    @Test
    void englishIsNotMissing() {
        assertThat(PageWords.of(Locale.forLanguageTag("en-GB")).missing()).isEmpty();
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file)));
        return properties;
    }
}
