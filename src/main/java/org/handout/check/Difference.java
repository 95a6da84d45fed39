package org.handout.check;

/**
 * One way a format's outline differs from the source's. {@code element} names the item as a reader would look
 * for it, e.g. {@code quote 2 "If you’ve had a relapse…"}; {@code expected} and {@code found} carry the values
 * that differ (empty when there is nothing on that side).
 */
public record Difference(Kind kind, String element, String expected, String found) {

    public enum Kind {
        /** In the source, not in the output. */
        MISSING,
        /** In the output, not in the source. */
        EXTRA,
        /** In the output with a different structural role, e.g. a quote's text tagged as a list item. */
        WRONG_ROLE,
        /** A heading at another level, or a list item at another nesting depth. */
        WRONG_LEVEL,
        /** Present, but not where the source has it relative to its siblings. */
        WRONG_ORDER,
        /** In the same place with different words. */
        WRONG_TEXT,
        /** A quote whose attribution is missing, or no longer marked as its attribution. */
        LOST_ATTRIBUTION,
        /** A quote with another attribution than the source's, or one the source does not have. */
        WRONG_ATTRIBUTION,
        /** An image whose alternative text is gone, or which became decorative. */
        LOST_ALT,
        /** A link that points elsewhere. */
        WRONG_TARGET,
        /** Braille: in another cell than its format puts it (a heading in cell 1, a paragraph's runovers in cell 3). */
        WRONG_POSITION,
        /** Braille: displayed material, a list or a cell-5 heading without the blank line that sets it off. */
        NOT_SET_OFF,
        /** The document's language, or that of text the source marks as in another language. */
        WRONG_LANGUAGE,
        WRONG_TITLE
    }

    public Difference {
        expected = expected == null ? "" : expected;
        found = found == null ? "" : found;
    }

    /** One plain sentence for a report. */
    public String describe() {
        return switch (kind) {
            case MISSING -> element + " is missing";
            case EXTRA -> element + " is not in the source";
            case WRONG_ROLE -> element + " is tagged as " + found + " instead of " + expected;
            case WRONG_LEVEL -> element + " is at " + found + " instead of " + expected;
            case WRONG_ORDER -> element + " is out of order: found at position " + found + ", expected at " + expected;
            case WRONG_TEXT -> element + " reads \"" + found + "\" instead of \"" + expected + "\"";
            case LOST_ATTRIBUTION -> element + " lost its attribution \"" + expected + "\""
                    + (found.isEmpty() ? "" : " (" + found + ")");
            case WRONG_ATTRIBUTION -> element + " is attributed to \"" + found + "\" instead of "
                    + (expected.isEmpty() ? "nobody" : "\"" + expected + "\"");
            case LOST_ALT -> element + " lost its alternative text \"" + expected + "\""
                    + (found.isEmpty() ? "" : " (" + found + ")");
            case WRONG_TARGET -> element + " links to \"" + found + "\" instead of \"" + expected + "\"";
            case WRONG_POSITION -> element + " is in " + found + " instead of " + expected;
            case NOT_SET_OFF -> element + " has no blank line before it";
            case WRONG_LANGUAGE -> !element.equals("language") ? element + " is marked as " + found + " instead of " + expected
                    : found.isEmpty() ? "the document language is not set (expected " + expected + ")"
                    : "the document language is " + found + " instead of " + expected;
            case WRONG_TITLE -> found.isEmpty() ? "the document title is not set (expected \"" + expected + "\")"
                    : "the document title is \"" + found + "\" instead of \"" + expected + "\"";
        };
    }
}
