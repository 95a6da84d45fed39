package org.handout.check.braille;

/**
 * One page rule a BRF breaks, wherever its words are: {@code element} names the page, line or
 * cell, {@code expected} and {@code found} the values that differ. The report shows these as
 * measures ({@link BrfMeasures}); how the braille's elements differ from the source's is told in
 * the report's own {@link org.handout.check.Difference}s.
 */
public record BrailleFinding(Kind kind, String element, String expected, String found) {

    public enum Kind {
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

    /** One plain sentence for a report. */
    public String describe() {
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
