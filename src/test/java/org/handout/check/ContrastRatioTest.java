package org.handout.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContrastRatioTest {

    @Test
    void blackOnWhiteIsTwentyOneToOne() {
        assertThat(ContrastRatio.of("#000000", "#ffffff")).isCloseTo(21.0, within(1e-9));
    }

    @Test
    void aColourOnItselfIsOneToOne() {
        assertThat(ContrastRatio.of("#1f4e79", "#1F4E79")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void orderOfTheColoursDoesNotMatter() {
        assertThat(ContrastRatio.of("#ffffff", "#4a4a4a")).isEqualTo(ContrastRatio.of("#4a4a4a", "#ffffff"));
    }

    @Test
    void midGreyOnWhiteJustMissesAa() {
        assertThat(ContrastRatio.of("#777777", "#ffffff")).isCloseTo(4.48, within(0.01));
        assertThat(ContrastRatio.of("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void rejectsAnythingButSixDigitHex() {
        assertThatThrownBy(() -> ContrastRatio.of("#fff", "#ffffff")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContrastRatio.of("black", "#ffffff")).isInstanceOf(IllegalArgumentException.class);
    }
}
