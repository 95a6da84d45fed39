package org.handout.model;

import java.util.List;

/** One list item: its own paragraphs, then any nested lists. */
public record ListItem(List<Block> body, SourceSpan at) {
    public ListItem {
        body = List.copyOf(body);
    }

    /** The item's own text, without the text of lists nested in it. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (Block block : body) {
            if (block instanceof Paragraph p) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(p.plainText());
            }
        }
        return out.toString();
    }
}
