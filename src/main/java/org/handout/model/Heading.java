package org.handout.model;

import java.util.List;

public record Heading(int level, List<Inline> text, SourceSpan at) implements Block {
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1 to 6, was " + level);
        }
        text = List.copyOf(text);
    }

    public String plainText() {
        return Inline.plainText(text);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.heading(this);
    }
}
