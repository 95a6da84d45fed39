package org.handout.model;

/**
 * The kinds of call-out. The label every format prints above the box's text is a word of the
 * handout's language, so it lives with the other page words, not here.
 */
public enum NoteKind {
    NOTE,
    TIP,
    IMPORTANT,
    WARNING,
    CAUTION
}
