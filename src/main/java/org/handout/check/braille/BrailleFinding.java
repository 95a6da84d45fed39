package org.handout.check.braille;

/**
 * One way a BRF breaks the layout rules or differs from its source. Shaped like the report's
 * {@code Difference}: {@code element} names where (a page and line, or an element as a reader
 * would look for it), {@code expected} and {@code found} the values that differ.
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

    /** True for the layout rules, which hold whatever the text says. */
    public boolean layout() {
        return kind == Kind.LINE_TOO_LONG || kind == Kind.PAGE_TOO_LONG || kind == Kind.OUTSIDE_CHARSET
                || kind == Kind.PAGE_NUMBER;
    }

    /** One plain sentence for a report. */
    public String describe() {
        switch (kind) {
            case MISSING:
                return element + " is missing";
            case EXTRA:
                return element + " is not in the source";
            case WRONG_TEXT:
                return element + " reads \"" + found + "\" instead of \"" + expected + "\"";
            case WRONG_POSITION:
                return element + " is in " + found + " instead of " + expected;
            case NOT_SET_OFF:
                return element + " has no blank line before it";
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
