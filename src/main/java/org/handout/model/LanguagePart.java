package org.handout.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Words in another language than the text around them, such as a Spanish phrase in an English
 * handout: each format marks them with their language, so a screen reader speaks them with the
 * right voice and a renderer draws them with that language's fonts.
 */
public record LanguagePart(Locale lang, List<Inline> content) implements Inline {
    public LanguagePart {
        Objects.requireNonNull(lang, "lang");
        content = List.copyOf(content);
    }

    /** The BCP 47 tag as written into every format, e.g. {@code es}. */
    public String languageTag() {
        return lang.toLanguageTag();
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.languagePart(this);
    }
}
