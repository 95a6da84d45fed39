package org.handout.cli;

import java.time.Duration;
import org.handout.format.OutputFormat;

/** How long one format of one handout took to render and to check; for --timings and the benchmark. */
record FormatTiming(OutputFormat format, Duration render, Duration check) {
}
