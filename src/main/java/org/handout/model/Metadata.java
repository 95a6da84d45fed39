package org.handout.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handout says about itself: from the front matter, or the title from its heading.
 *
 * @param translationOf the slug of the handout this one translates, in the same folder
 */
public record Metadata(String title, Locale lang, Optional<String> summary, Optional<String> organization,
                       Optional<LocalDate> reviewed, List<String> keywords, Optional<String> translationOf) {
    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(translationOf, "translationOf");
        keywords = List.copyOf(keywords);
    }

    /** A handout that translates none. */
    public Metadata(String title, Locale lang, Optional<String> summary, Optional<String> organization,
                    Optional<LocalDate> reviewed, List<String> keywords) {
        this(title, lang, summary, organization, reviewed, keywords, Optional.empty());
    }

    /** The BCP 47 tag as written into every format, e.g. {@code en-US}. */
    public String languageTag() {
        return lang.toLanguageTag();
    }
}
