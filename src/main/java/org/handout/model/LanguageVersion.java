package org.handout.model;

import java.util.Locale;
import java.util.Objects;

/** Another language's version of a handout: its source or one of its translations, by slug. */
public record LanguageVersion(String slug, Locale lang) {
    public LanguageVersion {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(lang, "lang");
    }

    /** The language's name in the language itself, capitalised as a list item starts: "Español", "Tiếng Việt". */
    public String ownName() {
        String name = lang.getDisplayLanguage(lang);
        return name.isEmpty() ? lang.toLanguageTag()
                : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(lang) + name.substring(name.offsetByCodePoints(0, 1));
    }
}
