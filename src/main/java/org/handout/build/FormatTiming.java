package org.handout.build;

import java.time.Duration;
import org.handout.format.OutputFormat;

/** How long one format of one handout took to render and to check; for --timings and the benchmark. */
public record FormatTiming(OutputFormat format, Duration render, Duration check) {
}
