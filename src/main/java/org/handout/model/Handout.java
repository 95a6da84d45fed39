package org.handout.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One patient-education text, parsed and immutable. The body always starts with the single
 * level-1 heading that carries the title.
 *
 * @param otherLanguages the same handout in other languages (its source and the source's other
 *                       translations) whose outputs are there to link to, which outputs link to where
 *                       their format allows
 * @param otherPrintSize whether the web page in the other print size is there to link to
 */
public record Handout(Metadata meta, List<Block> body, Path source, List<LanguageVersion> otherLanguages,
                      boolean otherPrintSize) {
    public Handout {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(source, "source");
        body = List.copyOf(body);
        otherLanguages = List.copyOf(otherLanguages);
    }

    /**
     * A handout as parsed, before a build knows which of its other versions it writes or finds: its web page
     * links the other print size, written beside it by a build of every format, and no other language.
     */
    public Handout(Metadata meta, List<Block> body, Path source) {
        this(meta, body, source, List.of(), true);
    }

    public Handout withOtherLanguages(List<LanguageVersion> versions) {
        return new Handout(meta, body, source, versions, otherPrintSize);
    }

    public Handout withOtherPrintSize(boolean there) {
        return new Handout(meta, body, source, otherLanguages, there);
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
