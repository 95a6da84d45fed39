package org.handout.check;

import java.io.IOException;

/** One print rule measured on a file read back, e.g. "large-print text is at least 18 pt". */
@FunctionalInterface
public interface MeasureRule<R extends ReadBack> {
    Measure measure(R readBack) throws IOException;
}
