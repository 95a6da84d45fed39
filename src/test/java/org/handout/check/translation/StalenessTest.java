package org.handout.check.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StalenessTest {
    private static final Optional<LocalDate> NOV_1 = Optional.of(LocalDate.of(2026, 11, 1));
    private static final Optional<LocalDate> NOV_20 = Optional.of(LocalDate.of(2026, 11, 20));
    private static final Optional<LocalDate> DEC_5 = Optional.of(LocalDate.of(2026, 12, 5));

    @Test
    void aTranslationReviewedBeforeTheSourcesLastCommitMayBeOutOfDate() {
        assertThat(Staleness.warning(NOV_20, NOV_1, DEC_5)).contains(
                "may be out of date: the source changed on 2026-12-05 (its last commit), after this translation was reviewed on 2026-11-20");
    }

    @Test
    void aTranslationReviewedBeforeTheSourcesReviewedDateMayBeOutOfDate() {
        assertThat(Staleness.warning(NOV_1, NOV_20, Optional.empty())).contains(
                "may be out of date: the source changed on 2026-11-20 (its reviewed date), after this translation was reviewed on 2026-11-01");
    }

    @Test
    void theSourcesReviewedDateCountsWhenItIsLaterThanItsLastCommit() {
        assertThat(Staleness.warning(NOV_20, DEC_5, NOV_1)).contains(
                "may be out of date: the source changed on 2026-12-05 (its reviewed date), after this translation was reviewed on 2026-11-20");
    }

    @Test
    void aTranslationReviewedOnOrAfterTheSourcesLastChangeIsCurrent() {
        assertThat(Staleness.warning(NOV_20, NOV_1, NOV_20)).isEmpty();
        assertThat(Staleness.warning(DEC_5, NOV_20, NOV_1)).isEmpty();
    }

    @Test
    void aTranslationWithNoReviewedDateMayBeOutOfDate() {
        assertThat(Staleness.warning(Optional.empty(), NOV_1, Optional.empty())).contains(
                "may be out of date: the source changed on 2026-11-01 (its reviewed date) and this translation states no reviewed date");
    }

    @Test
    void nothingIsSaidWhenNothingTellsWhenTheSourceChanged() {
        assertThat(Staleness.warning(Optional.empty(), Optional.empty(), Optional.empty())).isEmpty();
    }
}
