package org.handout.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.handout.check.HandoutReport;
import org.handout.source.SourceWarning;

/** How one handout of a batch ended: built (and checked), or failed with a one-line reason. */
public record HandoutResult(Path source, Optional<HandoutReport> report, Optional<String> error, List<SourceWarning> warnings,
                     Duration elapsed, boolean upToDate, List<FormatTiming> timings) {
    public HandoutResult {
        warnings = List.copyOf(warnings);
        timings = List.copyOf(timings);
    }

    HandoutResult withTimings(List<FormatTiming> formatTimings) {
        return new HandoutResult(source, report, error, warnings, elapsed, upToDate, formatTimings);
    }

    static HandoutResult built(Path source, HandoutReport report, List<SourceWarning> warnings, Duration elapsed) {
        return new HandoutResult(source, Optional.of(report), Optional.empty(), warnings, elapsed, false, List.of());
    }

    /** Skipped: its inputs are unchanged since its last checked build; the report is that build's, passed or failed. */
    static HandoutResult upToDate(Path source, HandoutReport report, Duration elapsed) {
        return new HandoutResult(source, Optional.of(report), Optional.empty(), List.of(), elapsed, true, List.of());
    }

    public static HandoutResult failed(Path source, String error, Duration elapsed) {
        return new HandoutResult(source, Optional.empty(), Optional.of(error), List.of(), elapsed, false, List.of());
    }

    /** Built, and every check it ran passed. */
    public boolean succeeded() {
        return error.isEmpty() && report.map(HandoutReport::passed).orElse(true);
    }
}
