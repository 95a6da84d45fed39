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
import org.handout.source.HandoutParser;
import org.handout.source.ParsedHandout;
import org.handout.source.SourceHeader;

/**
 * The handouts of one source folder, grouped into translation sets: a handout and every handout
 * whose {@code translation-of} names it. The folder's front matters are read once per build, on
 * every core; a file is parsed whole only when something needs it (its own build, or a set
 * member's), and then only once, so a build that finds its handouts unchanged parses no Markdown.
 * A file that does not parse belongs to no set (its own build reports why).
 */
final class TranslationSets {
    private final HandoutParser parser;
    private final Map<Path, Member> bySource;
    private final Map<String, Member> bySlug;

    private TranslationSets(HandoutParser parser, List<Member> members) {
        this.parser = parser;
        this.bySource = members.stream().collect(Collectors.toUnmodifiableMap(m -> m.header.source(), Function.identity()));
        this.bySlug = members.stream().collect(Collectors.toUnmodifiableMap(m -> m.header.slug(), Function.identity()));
    }

    /** @param folder the folder as the sources passed to the build spell it, so their paths match the listing's */
    static TranslationSets of(Path folder, HandoutParser parser) throws IOException {
        List<Path> sources;
        try (Stream<Path> listing = Files.list(folder)) {
            sources = listing.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).toList();
        }
        return new TranslationSets(parser, sources.parallelStream().flatMap(source -> Member.read(parser, source).stream())
                .toList());
    }

    /** The source's front matter as read for the set, unless it changed since or the set has it under another spelling. */
    Optional<SourceHeader> header(Path source) throws IOException {
        Member member = bySource.get(source);
        return member != null && member.unchanged() ? Optional.of(member.header) : Optional.empty();
    }

    /** The source as parsed for the set, unless it changed since or the set has it under another spelling. */
    Optional<ParsedHandout> parsed(Path source) throws IOException {
        Member member = bySource.get(source);
        return member != null && member.unchanged() ? member.parsed(parser) : Optional.empty();
    }

    /** The handout with this slug as parsed for the set, if it parses. */
    Optional<Handout> handout(String slug) {
        return Optional.ofNullable(bySlug.get(slug)).flatMap(member -> member.parsed(parser)).map(ParsedHandout::handout);
    }

    /** The other members of the handout's set that parse: the source first, then translations by language tag. */
    List<SourceHeader> otherVersions(SourceHeader handout) {
        String set = handout.setSlug();
        return bySlug.values().stream()
                .map(member -> member.header)
                .filter(other -> other.setSlug().equals(set) && !other.slug().equals(handout.slug()))
                .filter(other -> handout(other.slug()).isPresent())
                .sorted(Comparator.comparing((SourceHeader other) -> !other.slug().equals(set))
                        .thenComparing(other -> other.lang().toLanguageTag())
                        .thenComparing(SourceHeader::slug))
                .toList();
    }

    /** A file of the folder: its front matter, read with the set, and its whole parse, made once when first asked for. */
    private static final class Member {
        private final SourceHeader header;
        private final long size;
        private final FileTime modified;
        private Optional<ParsedHandout> parsed;

        private Member(SourceHeader header, BasicFileAttributes read) {
            this.header = header;
            this.size = read.size();
            this.modified = read.lastModifiedTime();
        }

        static Optional<Member> read(HandoutParser parser, Path source) {
            try {
                BasicFileAttributes before = Files.readAttributes(source, BasicFileAttributes.class);
                return Optional.of(new Member(parser.header(source), before));
            } catch (IOException | InvalidHandoutException e) {
                return Optional.empty();
            }
        }

        boolean unchanged() throws IOException {
            BasicFileAttributes now = Files.readAttributes(header.source(), BasicFileAttributes.class);
            return now.size() == size && now.lastModifiedTime().equals(modified);
        }

        /** Empty when the file does not parse, or changed between its front matter's reading and this parse. */
        synchronized Optional<ParsedHandout> parsed(HandoutParser parser) {
            if (parsed == null) {
                try {
                    ParsedHandout whole = parser.parse(header.source());
                    parsed = unchanged() ? Optional.of(whole) : Optional.empty();
                } catch (IOException | InvalidHandoutException e) {
                    parsed = Optional.empty();
                }
            }
            return parsed;
        }
    }
}
