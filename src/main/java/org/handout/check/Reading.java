package org.handout.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A format's reader with the measures taken on what it read; the type parameter keeps a measure
 * from being paired with a reader whose read-back it cannot look at.
 */
public record Reading<R extends ReadBack>(FormatReader<R> reader, List<MeasureRule<? super R>> measures) {
    public Reading {
        measures = List.copyOf(measures);
    }

    /** A format checked only for what it carries, with no print measure. */
    public static <R extends ReadBack> Reading<R> outlineOnly(FormatReader<R> reader) {
        return new Reading<>(reader, List.of());
    }

    /** What one read of the file found, and the measures taken on it. */
    public record Result(ReadBack readBack, List<Measure> measures) {
    }

    public Result read(Path file) throws IOException {
        R readBack = reader.read(file);
        List<Measure> taken = new ArrayList<>();
        for (MeasureRule<? super R> rule : measures) {
            taken.add(rule.measure(readBack));
        }
        return new Result(readBack, taken);
    }
}
