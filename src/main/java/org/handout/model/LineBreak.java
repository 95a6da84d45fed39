package org.handout.model;

/** A hard line break inside a paragraph (two trailing spaces or a backslash in Markdown). */
public record LineBreak() implements Inline {

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.lineBreak(this);
    }
}
