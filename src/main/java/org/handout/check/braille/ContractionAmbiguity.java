package org.handout.check.braille;

/**
 * A word contracted braille writes correctly that liblouis cannot read back to itself, because
 * the same cells also spell something else. {@code reads} is what back-translation gives for the
 * part {@code written} of a word; {@code why} says which rule makes the cells ambiguous.
 */
public record ContractionAmbiguity(String table, String written, String reads, String why) {

    /** True when {@code found} is {@code expected} read through this ambiguity (case aside: capitals are indicated apart). */
    boolean explains(String expected, String found) {
        String want = expected.toLowerCase(java.util.Locale.ROOT);
        String got = found.toLowerCase(java.util.Locale.ROOT);
        // The words compared are folded (PrintWords), so the entry's apostrophes are folded too.
        String readsAs = PrintWords.folded(reads).toLowerCase(java.util.Locale.ROOT);
        return got.contains(readsAs)
                && got.replace(readsAs, PrintWords.folded(written).toLowerCase(java.util.Locale.ROOT)).equals(want);
    }
}
