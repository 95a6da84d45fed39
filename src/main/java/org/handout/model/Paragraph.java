package org.handout.model;

import java.util.List;

public record Paragraph(List<Inline> text, SourceSpan at) implements Block {
    public Paragraph {
        text = List.copyOf(text);
    }

    public String plainText() {
        return Inline.plainText(text);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.paragraph(this);
    }
}
