package org.handout.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One patient-education text, parsed and immutable. The body always starts with the single
 * level-1 heading that carries the title.
 *
 * @param otherLanguages the same handout in other languages (its source and the source's other
 *                       translations), which outputs link to where their format allows
 */
public record Handout(Metadata meta, List<Block> body, Path source, List<LanguageVersion> otherLanguages) {
    public Handout {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(source, "source");
        body = List.copyOf(body);
        otherLanguages = List.copyOf(otherLanguages);
    }

    /** A handout as parsed, before its other language versions are known. */
    public Handout(Metadata meta, List<Block> body, Path source) {
        this(meta, body, source, List.of());
    }

    public Handout withOtherLanguages(List<LanguageVersion> versions) {
        return new Handout(meta, body, source, versions);
    }

    /** The file name without {@code .md}: names the output folder and every output file. */
    public String slug() {
        return slugOf(source);
    }

    /** The slug a source file will have, known before it is parsed (to spot two files with one name). */
    public static String slugOf(Path source) {
        String name = source.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
