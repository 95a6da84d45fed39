package org.handout.check.audit;

/** What a piece of a document is to assistive technology, whatever the format calls it. */
public enum Role {
    /** A grouping with no meaning of its own to a listener: Document, Sect, Div, main, a Word body. */
    GROUP,
    HEADING, PARAGRAPH, QUOTE, LIST, LIST_ITEM, LIST_LABEL, LIST_BODY, FIGURE, TABLE, TABLE_ROW, TABLE_HEADER,
    TABLE_CELL, LINK,
    /** Inline text with something of its own, such as a language. */
    SPAN
}
