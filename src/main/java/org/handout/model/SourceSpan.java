package org.handout.model;

/** Where a model element starts in its source file: 1-based line and column. */
public record SourceSpan(int line, int column) {
    public static final SourceSpan UNKNOWN = new SourceSpan(0, 0);

    public boolean known() {
        return line > 0;
    }
}
