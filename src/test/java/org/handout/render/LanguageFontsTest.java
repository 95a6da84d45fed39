package org.handout.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageFontsTest {
    private static final LanguageFonts BUNDLED = LanguageFonts.bundled();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US   | "Atkinson Hyperlegible"
            es      | "Atkinson Hyperlegible"
            zh      | "Atkinson Hyperlegible", "Noto Sans SC"
            zh-HK   | "Atkinson Hyperlegible", "Noto Sans TC"
            vi      | "Noto Sans"
            ru      | "Noto Sans"
            el      | "Noto Sans"
            zh-Hans | "Atkinson Hyperlegible", "Noto Sans SC"
            zh-CN   | "Atkinson Hyperlegible", "Noto Sans SC"
            zh-Hant | "Atkinson Hyperlegible", "Noto Sans TC"
            zh-TW   | "Atkinson Hyperlegible", "Noto Sans TC"
            zh-Hant-HK | "Atkinson Hyperlegible", "Noto Sans TC"
            ja      | "Atkinson Hyperlegible", "Noto Sans JP"
            ko-KR   | "Atkinson Hyperlegible", "Noto Sans KR"
            he      | "Atkinson Hyperlegible", "Noto Sans Hebrew"
            fa      | "Atkinson Hyperlegible", "Noto Naskh Arabic"
            """)
    void eachLanguageIsDrawnWithItsOwnList(String tag, String css) {
        assertThat(BUNDLED.of(Locale.forLanguageTag(tag)).css()).isEqualTo(css);
    }

    @Test
    void wordTakesEachKindOfTextFromTheFamilyThatDrawsIt() {
        FontList japanese = BUNDLED.of(Locale.JAPANESE);

        assertThat(japanese.latin()).isEqualTo("Atkinson Hyperlegible");
        assertThat(japanese.eastAsian()).isEqualTo("Noto Sans JP");
        assertThat(BUNDLED.of(Locale.forLanguageTag("ar")).complex()).isEqualTo("Noto Naskh Arabic");
    }

    @Test
    void aListWithoutAFamilyOfAKindGivesThatKindItsFirstFamily() {
        assertThat(BUNDLED.of(Locale.forLanguageTag("vi")).eastAsian()).isEqualTo("Noto Sans");
    }

    @Test
    void aLanguageNamingAnUnlistedFamilyIsAPackagingError() {
        assertThatThrownBy(() -> new LanguageFonts("Noto Sans | latin | noto/NotoSans_400Regular.ttf",
                "default | Noto Sans\nxx | Comic Sans"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Comic Sans");
    }
}
