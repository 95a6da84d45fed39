package org.handout.source;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import org.handout.model.SourceSpan;

/** Reads a BCP 47 language tag as the front matter's {@code lang} and a language mark in the text write it. */
final class LanguageTag {
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private LanguageTag() {
    }

    static Locale parse(String tag, SourceSpan at) throws SourceProblem {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new SourceProblem(at, "lang '" + tag + "' is not a BCP 47 language tag; write e.g. en-US or es");
        }
        if (!LANGUAGES.contains(locale.getLanguage())) {
            throw new SourceProblem(at, "lang '" + tag + "' names no known language; write e.g. en-US or es");
        }
        return locale;
    }
}
