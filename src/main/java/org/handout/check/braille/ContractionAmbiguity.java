package org.handout.check.braille;

import java.util.Locale;
import java.util.Optional;

/**
 * A word contracted braille writes correctly that liblouis cannot read back to itself, because
 * the same cells also spell something else. {@code reads} is what back-translation gives for the
 * part {@code written} of a word; {@code why} says which rule makes the cells ambiguous.
 */
public record ContractionAmbiguity(String table, String written, String reads, String why) {

    /** True when {@code found} is {@code expected} read through this ambiguity (case aside: capitals are indicated apart). */
    boolean explains(String expected, String found) {
        return restored(found).filter(expected.toLowerCase(Locale.ROOT)::equals).isPresent();
    }

    /**
     * {@code found} in lower case with what this ambiguity reads put back to what was written, or nothing when
     * {@code found} does not hold it. The words compared are folded (PrintWords), so the entry's apostrophes are folded too.
     */
    Optional<String> restored(String found) {
        String got = found.toLowerCase(Locale.ROOT);
        String readsAs = PrintWords.folded(reads).toLowerCase(Locale.ROOT);
        return got.contains(readsAs)
                ? Optional.of(got.replace(readsAs, PrintWords.folded(written).toLowerCase(Locale.ROOT)))
                : Optional.empty();
    }
}
