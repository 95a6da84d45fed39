package org.handout.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How much of its source a file kept: of the {@code expected} elements the source says it must
 * carry, {@code found} arrived intact; every difference named once, and whatever the comparison
 * measured on the way (the braille table used, the words read back through a known ambiguity).
 */
public record Fidelity(int expected, int found, List<Difference> differences, List<Measure> measures) {
    /** Differences that do not mean an element of the source was lost. */
    private static final Set<Difference.Kind> NOT_LOSSES = EnumSet.of(
            Difference.Kind.EXTRA, Difference.Kind.WRONG_LANGUAGE, Difference.Kind.WRONG_TITLE);
    private static final OutlineComparison OUTLINES = new OutlineComparison();

    public Fidelity {
        differences = List.copyOf(differences);
        measures = List.copyOf(measures);
    }

    /** {@code expected} elements with these differences: each difference that is a loss costs one. */
    public static Fidelity of(int expected, List<Difference> differences, List<Measure> measures) {
        long losses = differences.stream().filter(d -> !NOT_LOSSES.contains(d.kind())).count();
        return new Fidelity(expected, (int) Math.max(0, expected - losses), differences, measures);
    }

    /** A found outline held to the one its source must carry. */
    public static Fidelity ofOutlines(Outline expected, Outline found) {
        return of(size(expected), OUTLINES.compare(expected, found), List.of());
    }

    private static int size(Outline outline) {
        return outline.headings().size() + outline.quotes().size() + outline.items().size() + outline.images().size()
                + outline.tables().size() + outline.links().size();
    }
}
