package org.handout.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.handout.model.Handout;
import org.handout.model.Metadata;
import org.junit.jupiter.api.Test;

class BuildDateTest {
    private static Handout reviewed(Optional<LocalDate> date) {
        return new Handout(new Metadata("T", Locale.US, Optional.empty(), Optional.empty(), date, List.of()), List.of(),
                Path.of("t.md"));
    }

    @Test
    void sourceDateEpochWinsOverEverything() {
        Handout handout = reviewed(Optional.of(LocalDate.of(2026, 11, 1)));
        assertThat(BuildDate.of(handout, "1700000000")).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void reviewedDateIsUsedWithoutSourceDateEpoch() {
        Handout handout = reviewed(Optional.of(LocalDate.of(2026, 11, 1)));
        assertThat(BuildDate.of(handout, null)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void fixedEpochWhenTheSourceNamesNoDate() {
        assertThat(BuildDate.of(reviewed(Optional.empty()), null)).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    }

    @Test
    void malformedSourceDateEpochIsIgnored() {
        assertThat(BuildDate.of(reviewed(Optional.empty()), "yesterday")).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    }
}
