package org.handout.model;

import java.util.List;

/** A bulleted or numbered list; items may hold nested lists. */
public record ListBlock(boolean ordered, int start, List<ListItem> items, SourceSpan at) implements Block {
    public ListBlock {
        items = List.copyOf(items);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.list(this);
    }
}
