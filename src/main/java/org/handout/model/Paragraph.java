package org.handout.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph, also one of a list item, quote or call-out.
 *
 * @param lang the paragraph's own language when it differs from the handout's, e.g. a paragraph
 *             in Chinese in an English handout
 */
public record Paragraph(List<Inline> text, SourceSpan at, Optional<Locale> lang) implements Block {
    public Paragraph {
        text = List.copyOf(text);
        Objects.requireNonNull(lang, "lang");
    }

    /** A paragraph in the language of the text around it. */
    public Paragraph(List<Inline> text, SourceSpan at) {
        this(text, at, Optional.empty());
    }

    public String plainText() {
        return Inline.plainText(text);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.paragraph(this);
    }
}
