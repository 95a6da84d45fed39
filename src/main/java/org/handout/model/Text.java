package org.handout.model;

import java.util.Objects;

public record Text(String text) implements Inline {
    public Text {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.text(this);
    }
}
