package org.handout.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongRunsTest {
    @Test
    void wordsTiedByNonBreakingSpacesLongerThanAnyOrdinaryWordAreALongRun() {
        assertThat(LongRuns.holdsOne("take\u00A0one\u00A0tablet\u00A0every\u00A0morning")).isTrue();
    }

    @Test
    void aLongMedicineNameAndAnAddressThatBreaksAtItsSlashesAreNot() {
        assertThat(LongRuns.holdsOne("hydroxychloroquine 200\u00A0mg")).isFalse();
        assertThat(LongRuns.holdsOne("https://example.org/clinic/handouts/relapse/what-to-do-next-time")).isFalse();
    }

    @Test
    void aWordLongerThanAnyOrdinaryWordIsALongRun() {
        assertThat(LongRuns.holdsOne("Pneumonoultramicroscopicsilicovolcanoconiosis")).isTrue();
    }
}
