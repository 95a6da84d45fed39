package org.handout.check.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.handout.check.Outline;
import org.handout.model.Handout;

/**
 * Compares a translation's structure with its source's: the words differ by design, the shape
 * must not. The same heading levels in the same order, as many quotes (each with or without an
 * attribution), lists with as many items, images (each decorative or not), tables with as many
 * rows and columns, and links to the same targets. Each mismatch is one sentence naming the
 * element by its number in reading order.
 */
public final class TranslationParity {
    private TranslationParity() {
    }

    /** Every mismatch, by kind of element in reading order; empty when the shapes agree. */
    public static List<String> mismatches(Handout source, Handout translation) {
        Outline expected = Outline.of(source);
        Outline found = Outline.of(translation);
        HandoutShape sourceShape = HandoutShape.of(source);
        HandoutShape shape = HandoutShape.of(translation);
        List<String> mismatches = new ArrayList<>();
        compare(mismatches, "heading", expected.headings(), found.headings(), (s, t) -> s.level() == t.level()
                ? Optional.empty() : Optional.of("is level " + t.level() + " here, level " + s.level() + " in the source"));
        compare(mismatches, "quote", expected.quotes(), found.quotes(), (s, t) ->
                onOneSideOnly(s.attribution().isPresent(), t.attribution().isPresent(), "has an attribution"));
        compare(mismatches, "list", sourceShape.listItems(), shape.listItems(), (s, t) -> s.equals(t)
                ? Optional.empty() : Optional.of("has " + t + (t == 1 ? " item" : " items") + ", the source has " + s));
        compare(mismatches, "image", expected.images(), found.images(), (s, t) ->
                onOneSideOnly(s.decorative(), t.decorative(), "is decorative"));
        compare(mismatches, "table", sourceShape.tables(), shape.tables(), (s, t) -> s.equals(t)
                ? Optional.empty() : Optional.of("has " + t + ", the source has " + s));
        compare(mismatches, "link", expected.links(), found.links(), (s, t) -> s.target().equals(t.target())
                ? Optional.empty() : Optional.of("points to " + s.target() + " in the source and " + t.target() + " here"));
        return List.copyOf(mismatches);
    }

    /** A property one side has and the other lacks, e.g. "has an attribution in the source, not here". */
    private static Optional<String> onOneSideOnly(boolean inSource, boolean here, String property) {
        if (inSource == here) {
            return Optional.empty();
        }
        return Optional.of(property + (inSource ? " in the source, not here" : " here, not in the source"));
    }

    /**
     * Pairs the n-th element of each side, asking {@code differs} what is wrong with a pair, then
     * names the elements one side has beyond the other's last.
     */
    private static <T> void compare(List<String> mismatches, String kind, List<T> source, List<T> translation,
                                    BiFunction<T, T, Optional<String>> differs) {
        int shared = Math.min(source.size(), translation.size());
        for (int i = 0; i < shared; i++) {
            int number = i + 1;
            differs.apply(source.get(i), translation.get(i)).ifPresent(what -> mismatches.add(kind + " " + number + " " + what));
        }
        extras(mismatches, source.size(), shared, n -> kind + " " + n + " of the source has no counterpart");
        extras(mismatches, translation.size(), shared, n -> kind + " " + n + " has no counterpart in the source");
    }

    private static void extras(List<String> mismatches, int size, int shared, Function<Integer, String> sentence) {
        for (int n = shared + 1; n <= size; n++) {
            mismatches.add(sentence.apply(n));
        }
    }
}
