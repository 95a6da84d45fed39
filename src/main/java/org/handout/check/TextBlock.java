package org.handout.check;

import java.util.Objects;

/**
 * One block of a handout's text in reading order, as the source has it or as a format carries it: what kind of
 * block it is, where a reader finds it ({@code paragraph 3}, {@code table 1, row 2, "Dose"}) and its words as
 * written. Normalisation happens in the comparison ({@link ReadingWords}), never here.
 */
public record TextBlock(Kind kind, String place, String text) {

    public enum Kind {
        HEADING,
        PARAGRAPH,
        /** A list item's first paragraph; further paragraphs of the item are {@link #PARAGRAPH}s. */
        LIST_ITEM,
        CALL_OUT_LABEL,
        /** Who said a quote, without or with the dash a format prints before it. */
        ATTRIBUTION,
        TABLE_HEADER,
        TABLE_CELL,
        /** An informative image's alternative text; decorative images have none and yield no block. */
        IMAGE,
        /** Where a link leads, right after the block whose words carry the link. */
        LINK_TARGET
    }

    public TextBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(text, "text");
    }
}
