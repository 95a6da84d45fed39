package org.handout.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.handout.model.Handout;

/**
 * What a source's front matter says about where it belongs, read without parsing its Markdown: its
 * language and the handout it translates. Enough to group a folder into translation sets, and to
 * tell an unchanged handout from a changed one, without the cost of a whole parse.
 */
public record SourceHeader(Path source, Locale lang, Optional<String> translationOf) {
    public SourceHeader {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(translationOf, "translationOf");
    }

    /** The header of a handout already parsed whole. */
    public static SourceHeader of(Handout handout) {
        return new SourceHeader(handout.source(), handout.meta().lang(), handout.meta().translationOf());
    }

    public String slug() {
        return Handout.slugOf(source);
    }

    /** The slug of the handout its translation set is named after: the one it translates, or its own. */
    public String setSlug() {
        return translationOf.orElse(slug());
    }
}
