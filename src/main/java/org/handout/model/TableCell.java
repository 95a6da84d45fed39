package org.handout.model;

import java.util.List;

public record TableCell(List<Inline> content) {
    public TableCell {
        content = List.copyOf(content);
    }

    public String plainText() {
        return Inline.plainText(content);
    }
}
