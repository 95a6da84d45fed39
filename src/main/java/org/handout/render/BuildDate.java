package org.handout.render;

import java.time.Instant;
import java.time.ZoneOffset;
import org.handout.model.Handout;

/**
 * The one timestamp every output of a handout carries, so two builds of the same source are
 * byte-identical: {@code SOURCE_DATE_EPOCH} when set (the reproducible-builds convention), else
 * the handout's reviewed date, else a fixed epoch. Never the wall clock.
 */
public final class BuildDate {
    static final Instant FALLBACK = Instant.parse("2000-01-01T00:00:00Z");

    private BuildDate() {
    }

    public static Instant of(Handout handout) {
        return of(handout, System.getenv("SOURCE_DATE_EPOCH"));
    }

    static Instant of(Handout handout, String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        }
        return handout.meta().reviewed().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(FALLBACK);
    }
}
