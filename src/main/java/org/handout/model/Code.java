package org.handout.model;

import java.util.Objects;

/** Literal text such as a phone number or a dose that must not be reflowed or restyled. */
public record Code(String text) implements Inline {
    public Code {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.code(this);
    }
}
