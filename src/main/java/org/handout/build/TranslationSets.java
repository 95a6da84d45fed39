package org.handout.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.model.LanguageVersion;
import org.handout.source.HandoutParser;

/**
 * The handouts of one source folder, grouped into translation sets: a handout and every handout
 * whose {@code translation-of} names it. Read once per folder and build; a file that does not
 * parse belongs to no set (its own build reports why).
 */
final class TranslationSets {
    private final Map<String, Handout> bySlug;

    private TranslationSets(Map<String, Handout> bySlug) {
        this.bySlug = Map.copyOf(bySlug);
    }

    static TranslationSets of(Path folder, HandoutParser parser) throws IOException {
        List<Path> sources;
        try (Stream<Path> listing = Files.list(folder)) {
            sources = listing.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).toList();
        }
        return new TranslationSets(sources.stream().flatMap(source -> parsed(parser, source).stream())
                .collect(Collectors.toMap(Handout::slug, Function.identity())));
    }

    private static Optional<Handout> parsed(HandoutParser parser, Path source) {
        try {
            return Optional.of(parser.parse(source).handout());
        } catch (IOException | InvalidHandoutException e) {
            return Optional.empty();
        }
    }

    /** The handout with this slug as parsed for the set, if it parses. */
    Optional<Handout> handout(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The other members of the handout's set: the source first, then translations by language tag. */
    List<LanguageVersion> otherLanguages(Handout handout) {
        String root = root(handout);
        return bySlug.values().stream()
                .filter(other -> root(other).equals(root) && !other.slug().equals(handout.slug()))
                .sorted(Comparator.comparing((Handout other) -> !other.slug().equals(root))
                        .thenComparing(other -> other.meta().languageTag())
                        .thenComparing(Handout::slug))
                .map(other -> new LanguageVersion(other.slug(), other.meta().lang()))
                .toList();
    }

    private static String root(Handout handout) {
        return handout.meta().translationOf().orElse(handout.slug());
    }
}
