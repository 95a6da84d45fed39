package org.handout.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.handout.model.Block;
import org.handout.model.Handout;
import org.handout.model.Heading;
import org.handout.model.InvalidHandoutException;
import org.handout.model.Metadata;
import org.handout.model.SourceSpan;
import org.handout.model.Text;

/**
 * Turns one Markdown file with YAML front matter into a {@link Handout}. This is the only
 * place that knows Markdown; renderers see the model only.
 */
public final class HandoutParser {
    /** Default largest source file accepted; a patient handout is a few kilobytes. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;
    private final Parser markdown = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    public HandoutParser() {
        this(DEFAULT_MAX_BYTES);
    }

    public HandoutParser(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ParsedHandout parse(Path file) throws IOException, InvalidHandoutException {
        String text = text(file);
        try {
            return parse(file, text);
        } catch (SourceProblem p) {
            throw new InvalidHandoutException(file, p.at(), p.getMessage());
        }
    }

    /**
     * The file's front matter only, as {@link #parse} would read it; its Markdown is not parsed, so a
     * file whose body is wrong still has a header.
     */
    public SourceHeader header(Path file) throws IOException, InvalidHandoutException {
        String text = text(file);
        try {
            FrontMatter front = frontMatter(SplitSource.of(text));
            return new SourceHeader(file, front.lang(), translationOf(file, front));
        } catch (SourceProblem p) {
            throw new InvalidHandoutException(file, p.at(), p.getMessage());
        }
    }

    /** The file's text, refused when it is too large, missing, empty or not UTF-8. */
    private String text(Path file) throws IOException, InvalidHandoutException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InvalidHandoutException(file, SourceSpan.UNKNOWN, "file is " + size + " bytes, over the limit of "
                        + maxBytes + " bytes; split it, or raise the limit with --max-source-bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidHandoutException(file, SourceSpan.UNKNOWN, "file not found; was it moved or deleted?");
        }
        String text = decodeUtf8(file, bytes);
        if (text.isBlank()) {
            throw new InvalidHandoutException(file, SourceSpan.UNKNOWN, "file is empty; write a '# Title' and some text");
        }
        return text;
    }

    private static FrontMatter frontMatter(SplitSource split) throws SourceProblem {
        return split.frontMatter().isPresent()
                ? FrontMatter.parse(split.frontMatter().get(), split.frontMatterLine())
                : FrontMatter.empty();
    }

    private static Optional<String> translationOf(Path file, FrontMatter front) throws SourceProblem {
        return front.translationOf().isPresent()
                ? Optional.of(translatedHandout(file, front.translationOf().get()))
                : Optional.empty();
    }

    private ParsedHandout parse(Path file, String text) throws SourceProblem {
        SplitSource split = SplitSource.of(text);
        FrontMatter front = frontMatter(split);
        Node document = markdown.parse(split.body());
        Path folder = file.toAbsolutePath().getParent();
        BlockConverter converter = new BlockConverter(file, folder, split.bodyLine() - 1);
        List<Block> body = new ArrayList<>(converter.blocks(document));

        String title = resolveTitle(front, body);
        if (body.stream().noneMatch(b -> b instanceof Heading h && h.level() == 1)) {
            body.add(0, new Heading(1, List.of(new Text(title)), new SourceSpan(split.bodyLine(), 1)));
        }
        HeadingRules.check(body);
        Metadata meta = new Metadata(title, front.lang(), front.summary(), front.organization(), front.reviewed(), front.keywords(),
                translationOf(file, front));
        return new ParsedHandout(new Handout(meta, body, file), converter.warnings());
    }

    /** A translation names its source by slug, and the source lives in the same folder. */
    private static String translatedHandout(Path file, TranslationReference reference) throws SourceProblem {
        String slug = reference.slug();
        if (slug.equals(Handout.slugOf(file))) {
            throw new SourceProblem(reference.at(), "translation-of names this handout itself; name the handout it translates");
        }
        if (slug.contains("/") || slug.contains("\\") || !Files.isRegularFile(file.resolveSibling(slug + ".md"))) {
            throw new SourceProblem(reference.at(), "translation-of '" + slug + "' names no handout in this folder;"
                    + " write the file name of the handout it translates, without .md");
        }
        return slug;
    }

    private static String resolveTitle(FrontMatter front, List<Block> body) throws SourceProblem {
        List<Heading> titles = body.stream()
                .filter(b -> b instanceof Heading h && h.level() == 1)
                .map(Heading.class::cast)
                .toList();
        if (titles.size() > 1) {
            throw new SourceProblem(titles.get(1).at(),
                    "second '#' heading; a handout has exactly one level-1 heading, its title: make this one '##'");
        }
        Optional<String> fromHeading = titles.stream().findFirst().map(Heading::plainText).filter(t -> !t.isBlank());
        return front.title().or(() -> fromHeading).orElseThrow(() -> new SourceProblem(new SourceSpan(1, 1),
                "no title; start the text with a '# Title' heading or set 'title:' in the front matter"));
    }

    private static String decodeUtf8(Path file, byte[] bytes) throws InvalidHandoutException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidHandoutException(file, new SourceSpan(line, 1), "not valid UTF-8 at byte offset " + offset
                    + "; save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
