package org.handout.model;

import java.util.List;
import java.util.Objects;

/** A link whose target the parser has already vetted (http, https, mailto or tel only). */
public record Link(String target, List<Inline> content) implements Inline {
    public Link {
        Objects.requireNonNull(target, "target");
        content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.link(this);
    }
}
