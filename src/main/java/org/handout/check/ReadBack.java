package org.handout.check;

import java.util.Optional;

/** What reading one output file back found: what it kept of its source and what its measures look at. */
public interface ReadBack {
    /** Page count where the format has pages, else 0. */
    int pages();

    /** What the file kept of what its handout must carry, by the comparison its format is held to. */
    Fidelity fidelity(ExpectedContent expected);

    /**
     * The first page as text a sighted reviewer can look at in a report, for a format no browser
     * shows (braille as Unicode dots); empty for the others.
     */
    default Optional<String> preview() {
        return Optional.empty();
    }
}
