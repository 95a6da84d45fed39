package org.handout.model;

import java.util.List;

/** A call-out box such as "Note" or "Warning", from GitHub's alert syntax. */
public record Note(NoteKind kind, List<Block> body, SourceSpan at) implements Block {
    public Note {
        body = List.copyOf(body);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.note(this);
    }
}
