package org.handout.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How much of its source a file kept: of the {@code expected} elements the source says it must
 * carry, {@code found} arrived intact; every difference named once (structure and text for the
 * tagged formats, the braille comparison's for braille), and whatever the comparison measured on
 * the way (the braille table used, the words read back through a known ambiguity).
 */
public record Fidelity(int expected, int found, List<Difference> differences, List<TextDifference> textDifferences,
                       List<Measure> measures) {
    /** Differences that do not mean an element of the source was lost. */
    private static final Set<Difference.Kind> NOT_LOSSES = EnumSet.of(
            Difference.Kind.EXTRA, Difference.Kind.WRONG_LANGUAGE, Difference.Kind.WRONG_TITLE);
    private static final OutlineComparison OUTLINES = new OutlineComparison();

    public Fidelity {
        differences = List.copyOf(differences);
        textDifferences = List.copyOf(textDifferences);
        measures = List.copyOf(measures);
    }

    /** {@code expected} elements with these differences: each difference that is a loss costs one. */
    public static Fidelity of(int expected, List<Difference> differences, List<Measure> measures) {
        return new Fidelity(expected, expected - losses(expected, differences), differences, List.of(), measures);
    }

    /**
     * A found outline and text held to what the source must carry. Fidelity counts both: structure elements
     * intact, and text blocks whose every word arrived in place.
     */
    public static Fidelity ofOutlineAndText(ExpectedContent expected, Outline outline, FoundText text) {
        List<Difference> differences = OUTLINES.compare(expected.outline(), outline);
        int elements = size(expected.outline());
        TextComparison.Result words = TextComparison.check(expected.text(), text);
        return new Fidelity(elements + words.blocks(),
                elements - losses(elements, differences) + words.intactBlocks(), differences, words.differences(),
                List.of());
    }

    private static int losses(int expected, List<Difference> differences) {
        long losses = differences.stream().filter(d -> !NOT_LOSSES.contains(d.kind())).count();
        return (int) Math.min(expected, losses);
    }

    private static int size(Outline outline) {
        return outline.headings().size() + outline.quotes().size() + outline.items().size() + outline.images().size()
                + outline.tables().size() + outline.links().size();
    }
}
