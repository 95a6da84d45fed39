package org.handout.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** What a handout says about itself: from the front matter, or the title from its heading. */
public record Metadata(String title, Locale lang, Optional<String> summary, Optional<String> organization,
                       Optional<LocalDate> reviewed, List<String> keywords) {
    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        keywords = List.copyOf(keywords);
    }

    /** The BCP 47 tag as written into every format, e.g. {@code en-US}. */
    public String languageTag() {
        return lang.toLanguageTag();
    }
}
