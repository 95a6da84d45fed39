package org.handout.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
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
import org.handout.source.ParsedHandout;

/**
 * The handouts of one source folder, grouped into translation sets: a handout and every handout
 * whose {@code translation-of} names it. Read once per folder and build, on every core; a file
 * that does not parse belongs to no set (its own build reports why). Each handout's build takes
 * its parse from here rather than parsing the file a second time.
 */
final class TranslationSets {
    private final Map<String, Handout> bySlug;
    private final Map<Path, Parse> bySource;

    /** A file as parsed for the set, with its size and time then, to tell whether it changed since. */
    private record Parse(ParsedHandout parsed, long size, FileTime modified) {
    }

    private TranslationSets(Map<Path, Parse> bySource) {
        this.bySource = Map.copyOf(bySource);
        this.bySlug = bySource.values().stream().map(parse -> parse.parsed().handout())
                .collect(Collectors.toUnmodifiableMap(Handout::slug, Function.identity()));
    }

    /** @param folder the folder as the sources passed to the build spell it, so their paths match the listing's */
    static TranslationSets of(Path folder, HandoutParser parser) throws IOException {
        List<Path> sources;
        try (Stream<Path> listing = Files.list(folder)) {
            sources = listing.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).toList();
        }
        return new TranslationSets(sources.parallelStream().flatMap(source -> parsed(parser, source).stream())
                .collect(Collectors.toMap(parse -> parse.parsed().handout().source(), Function.identity())));
    }

    private static Optional<Parse> parsed(HandoutParser parser, Path source) {
        try {
            BasicFileAttributes before = Files.readAttributes(source, BasicFileAttributes.class);
            return Optional.of(new Parse(parser.parse(source), before.size(), before.lastModifiedTime()));
        } catch (IOException | InvalidHandoutException e) {
            return Optional.empty();
        }
    }

    /** The source as parsed for the set, unless it changed since or the set has it under another spelling. */
    Optional<ParsedHandout> parsed(Path source) throws IOException {
        Parse parse = bySource.get(source);
        if (parse == null) {
            return Optional.empty();
        }
        BasicFileAttributes now = Files.readAttributes(source, BasicFileAttributes.class);
        return now.size() == parse.size() && now.lastModifiedTime().equals(parse.modified())
                ? Optional.of(parse.parsed()) : Optional.empty();
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
