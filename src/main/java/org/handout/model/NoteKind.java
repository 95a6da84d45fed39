package org.handout.model;

/** The kinds of call-out; the label is what every format prints above the box's text. */
public enum NoteKind {
    NOTE("Note"),
    TIP("Tip"),
    IMPORTANT("Important"),
    WARNING("Warning"),
    CAUTION("Caution");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
