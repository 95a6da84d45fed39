package org.handout.check.braille;

import java.util.Optional;
import org.handout.check.Difference;

/**
 * One way a BRF breaks the layout rules or differs from its source. Shaped like the report's
 * {@link Difference}: {@code element} names where (a page and line, or an element as a reader
 * would look for it), {@code expected} and {@code found} the values that differ. Findings about
 * the source's elements go into the report as differences; the page rules as measures
 * ({@link BrfMeasures}).
 */
public record BrailleFinding(Kind kind, String element, String expected, String found) {

    public enum Kind {
        /** In the source, not in the braille. */
        MISSING,
        /** In the braille, not in the source. */
        EXTRA,
        /** In the same place with other words (after contractions known to be ambiguous are allowed for). */
        WRONG_TEXT,
        /** Starts, or runs over, in another cell than the format for its kind (a heading in cell 1, say). */
        WRONG_POSITION,
        /** Displayed material, a list or a cell-5 heading without the blank line before it. */
        NOT_SET_OFF,
        /** A line longer than 40 cells. */
        LINE_TOO_LONG,
        /** A page longer than 25 lines. */
        PAGE_TOO_LONG,
        /** A character that is not North American Braille ASCII. */
        OUTSIDE_CHARSET,
        /** A page whose last line does not end with its braille page number. */
        PAGE_NUMBER
    }

    public BrailleFinding {
        expected = expected == null ? "" : expected;
        found = found == null ? "" : found;
    }

    /** The report's difference for a finding about the source's elements; empty for a layout rule. */
    public Optional<Difference> difference() {
        Difference.Kind same;
        switch (kind) {
            case MISSING:
                same = Difference.Kind.MISSING;
                break;
            case EXTRA:
                same = Difference.Kind.EXTRA;
                break;
            case WRONG_TEXT:
                same = Difference.Kind.WRONG_TEXT;
                break;
            case WRONG_POSITION:
                same = Difference.Kind.WRONG_POSITION;
                break;
            case NOT_SET_OFF:
                same = Difference.Kind.NOT_SET_OFF;
                break;
            default:
                return Optional.empty();
        }
        return Optional.of(new Difference(same, element, expected, found));
    }

    /** One plain sentence for a report. */
    public String describe() {
        Optional<Difference> difference = difference();
        if (difference.isPresent()) {
            return difference.get().describe();
        }
        switch (kind) {
            case LINE_TOO_LONG:
                return element + " is " + found + " cells long, more than " + expected;
            case PAGE_TOO_LONG:
                return element + " has " + found + " lines, more than " + expected;
            case OUTSIDE_CHARSET:
                return element + " holds " + found + ", which is not North American Braille ASCII";
            default:
                return found.isEmpty() ? element + " does not end with its page number " + expected
                        : element + " ends with page number " + found + " instead of " + expected;
        }
    }
}
