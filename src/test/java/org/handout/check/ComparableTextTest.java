package org.handout.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparableTextTest {

    @Test
    void composedAndDecomposedAccentsAreTheSame() {
        assertThat(ComparableText.of("cafe\u0301")).isEqualTo(ComparableText.of("caf\u00E9"));
    }

    @Test
    void whitespaceRunsAndLineBreaksBecomeOneSpace() {
        assertThat(ComparableText.of("  one\n\ttwo\u00A0 three ")).isEqualTo("one two three");
    }

    @Test
    void curlyQuotesBecomeStraight() {
        assertThat(ComparableText.of("“it’s”")).isEqualTo("\"it's\"");
    }

    @Test
    void dashVariantsBecomeOneDash() {
        assertThat(ComparableText.of("strong – nothing")).isEqualTo(ComparableText.of("strong -- nothing"))
                .isEqualTo(ComparableText.of("strong — nothing"));
    }

    @Test
    void softHyphensAndZeroWidthCharactersVanish() {
        assertThat(ComparableText.of("re\u00ADcov\u200Bery\uFEFF")).isEqualTo("recovery");
    }

    @Test
    void aWordHyphenatedAtALineEndIsJoined() {
        assertThat(ComparableText.of("part of recov-\nery")).isEqualTo("part of recovery");
    }

    @Test
    void aHyphenInsideACompoundWordStays() {
        assertThat(ComparableText.of("opioid-free")).isEqualTo("opioid-free");
    }

    @Test
    void anEllipsisCharacterEqualsThreeDots() {
        assertThat(ComparableText.of("back …Go")).isEqualTo("back ...Go");
    }

    @Test
    void anAttributionLosesTheDashARendererPrintedBeforeIt() {
        assertThat(ComparableText.ofAttribution("— Personal experience")).isEqualTo("Personal experience");
        assertThat(ComparableText.ofAttribution("Personal experience")).isEqualTo("Personal experience");
    }

    @Test
    void aLineBreakNextToPunctuationMayAddASpace() {
        assertThat(ComparableText.readsAs(ComparableText.of("ĐĆ-ÐîM and ę“Ģ at 37°C"),
                ComparableText.of("ĐĆ-\nÐîM and ę\n“Ģ at 37°\nC"))).isTrue();
    }

    @Test
    void aCompoundBrokenAtItsHyphenReadsAsItself() {
        assertThat(ComparableText.readsAs(ComparableText.of("a follow-up visit"), ComparableText.of("a follow-\nup visit")))
                .isTrue();
    }

    @Test
    void aSpaceAddedOrLostBetweenLettersStillDiffers() {
        assertThat(ComparableText.readsAs("recovery", "recov ery")).isFalse();
        assertThat(ComparableText.readsAs("part of", "partof")).isFalse();
        assertThat(ComparableText.readsAs("self-help", "self-")).isFalse();
    }

    @Test
    void arabicPresentationFormsReadAsTheirLetters() {
        assertThat(ComparableText.of("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E")).isEqualTo("مرحبا");
    }

    @Test
    void persianLettersInFormsAReadAsTheirLetters() {
        assertThat(ComparableText.of("\uFB58\uFB8F")).isEqualTo("پک");
    }

    @Test
    void eachChineseCharacterIsAWordOfItsOwn() {
        assertThat(ComparableText.words("用肥皂 soap 20秒")).containsExactly("用", "肥", "皂", "soap", "20", "秒");
    }

    @Test
    void aSpaceBetweenKoreanWordsStillCounts() {
        assertThat(ComparableText.readsAs("손 씻기", "손씻기")).isFalse();
    }

    @Test
    void aLineEndWithoutASpaceReadsAsTheSpaceOrTheNothingTheSourceHas() {
        String lineEnd = String.valueOf(ReadingWords.UNSPACED_LINE_END);

        assertThat(ComparableText.readsAs(ComparableText.of("recovery"), ComparableText.of("recov" + lineEnd + "ery"))).isTrue();
        assertThat(ComparableText.readsAs(ComparableText.of("8 mg"), ComparableText.of("8" + lineEnd + "mg"))).isTrue();
        assertThat(ComparableText.readsAs(ComparableText.of("8mg"), ComparableText.of("8 " + "mg"))).isFalse();
    }
}
