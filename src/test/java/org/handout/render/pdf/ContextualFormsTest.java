package org.handout.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextualFormsTest {
    private final ContextualForms forms = ContextualForms.unicode();

    @Test
    void anArabicWordJoinsFromItsInitialToItsFinalLetter() {
        // seen initial, lam medial, meem final
        assertThat(forms.shape("سلم")).isEqualTo("\uFEB3\uFEE0\uFEE2");
    }

    @Test
    void aLetterAloneTakesItsIsolatedForm() {
        assertThat(forms.shape("ب")).isEqualTo("\uFE8F");
    }

    @Test
    void aRightJoiningLetterBreaksTheJoinAfterIt() {
        // د joins only to the letter before it, so the ب after it starts afresh (isolated at the end).
        assertThat(forms.shape("بدب")).isEqualTo("\uFE91\uFEAA\uFE8F");
    }

    @Test
    void persianLettersJoinWithTheirFormsAFromPresentationFormsA() {
        // پ initial (U+FB58), گ medial (U+FB95), ی final (U+FBFD)
        assertThat(forms.shape("پگی")).isEqualTo("\uFB58\uFB95\uFBFD");
    }

    @Test
    void urduYehBarreeAndHehGoalJoin() {
        // ہ initial (U+FBA8), ے final (U+FBAF)
        assertThat(forms.shape("ہے")).isEqualTo("\uFBA8\uFBAF");
    }

    @Test
    void lamFollowedByAlefBecomesTheLigature() {
        assertThat(forms.shape("لا")).isEqualTo("\uFEFB");
        assertThat(forms.shape("سلا")).isEqualTo("\uFEB3\uFEFC");
    }

    @Test
    void vowelMarksDoNotBreakTheJoin() {
        // بَب: beh with fatha still joins the beh after it
        assertThat(forms.shape("بَب")).isEqualTo("\uFE91\u064E\uFE90");
    }

    @Test
    void latinTextAndDigitsAreLeftAlone() {
        assertThat(forms.shape("WHO 20")).isEqualTo("WHO 20");
    }
}
