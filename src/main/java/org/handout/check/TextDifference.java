package org.handout.check;

import java.util.Objects;

/**
 * One way a format's text differs from the source's, already worded for a person: where it is and a few of the
 * words concerned, e.g. {@code paragraph 3: "hardest" reads "easiest"}.
 */
public record TextDifference(Kind kind, String place, String message) {

    public enum Kind {
        /** Words of the source that the format does not carry. */
        MISSING,
        /** Words the format carries that the source does not have. */
        EXTRA,
        /** Words of the source replaced by others in the same place. */
        CHANGED,
        /** A block carried whole, but not where the source has it. */
        WRONG_ORDER,
        /** Text a PDF tags (and a screen reader reads) that is not visible on its page. */
        NOT_DRAWN,
        /** Text a PDF draws that is neither tagged nor marked as an artifact: a screen reader never meets it. */
        UNTAGGED
    }

    public TextDifference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
    }

    /** One plain sentence for the console and the reports. */
    public String describe() {
        return message;
    }
}
