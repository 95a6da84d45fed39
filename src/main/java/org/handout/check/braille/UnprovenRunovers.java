package org.handout.check.braille;

import java.util.List;

/**
 * The lines of a list that its layout alone leaves open. Every line right of the list's items took
 * as a runover may as well be an item one level deeper: a nested list with no item long enough to
 * run over shows no runover cell, and its nested items, each after a line their first word would
 * not have fitted on, are laid out as a simple list's runovers are (docs/BRAILLE.md).
 *
 * @param from    the first of the reading's elements this list holds
 * @param to      one past its last
 * @param asItems the same lines read with every line an item of its own
 */
public record UnprovenRunovers(int from, int to, List<BrailleElement> asItems) {
    public UnprovenRunovers {
        asItems = List.copyOf(asItems);
    }

    /** Where the list starts, as a report names it. */
    public String where() {
        return "page " + asItems.get(0).page() + " line " + asItems.get(0).line();
    }
}
