package org.handout.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Random but plausible handouts as Markdown text, built from small shrinkable pieces so that a
 * failing example shrinks to a short, readable source. Text uses only characters every bundled
 * font face can draw (read from the fonts' cmaps), so a failure is never just a missing glyph.
 */
final class GeneratedHandouts {
    private static final List<Path> FONT_FACES = List.of(
            Path.of("styles/fonts/AtkinsonHyperlegible_400Regular.ttf"),
            Path.of("styles/fonts/AtkinsonHyperlegible_400Regular_Italic.ttf"),
            Path.of("styles/fonts/AtkinsonHyperlegible_700Bold.ttf"),
            Path.of("styles/fonts/AtkinsonHyperlegible_700Bold_Italic.ttf"));

    /** Letters beyond ASCII and typographic punctuation a clinic's word processor produces. */
    private static final String ODD_CANDIDATES = IntStream.concat(
                    IntStream.rangeClosed(0x00C0, 0x017F).filter(cp -> cp != 0x00D7 && cp != 0x00F7),
                    "¡¿«»“”‘’—–…".codePoints())
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    private static final String SPACE_CANDIDATES = "\u00A0\u202F";
    private static final String OPENING = "“‘¡¿«(";
    private static final String CLOSING = "”’…».,;:!?'";

    private final String oddCharacters;
    private final String oddSpaces;

    private GeneratedHandouts(String oddCharacters, String oddSpaces) {
        this.oddCharacters = oddCharacters;
        this.oddSpaces = oddSpaces;
    }

    /** Keeps only the candidate characters every face of the bundled font maps to a glyph. */
    static GeneratedHandouts drawableByBundledFonts() {
        String odd = ODD_CANDIDATES;
        String spaces = SPACE_CANDIDATES;
        for (Path face : FONT_FACES) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(face.toFile()))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                odd = drawable(odd, cmap);
                spaces = drawable(spaces, cmap);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new GeneratedHandouts(odd, spaces);
    }

    private static String drawable(String candidates, CmapLookup cmap) {
        return candidates.codePoints()
                .filter(cp -> cmap.getGlyphId(cp) > 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** A whole handout: optional front matter, the title, then blocks under headings that never skip a level. */
    Arbitrary<String> handouts() {
        Arbitrary<String> frontMatter = Combinators.combine(
                        Arbitraries.of("en-US", "es", "fr-CA", "de", "pl"), words(1, 6))
                .as((lang, summary) -> "---\nlang: " + lang + "\nsummary: \"" + summary + "\"\n---\n")
                .optional(0.5)
                .map(front -> front.orElse(""));
        Arbitrary<List<Section>> sections = Combinators.combine(
                        Arbitraries.integers().between(2, 5), words(1, 4), blocks().list().ofMaxSize(3))
                .as(Section::new)
                .list().ofMaxSize(4);
        return Combinators.combine(frontMatter, words(1, 5), blocks().list().ofMaxSize(3), sections)
                .as((front, title, intro, body) -> front + "# " + title + "\n\n" + String.join("", intro) + headed(body));
    }

    /** A heading's wished-for level, lowered where needed so the outline never skips a level. */
    private record Section(int wantedLevel, String heading, List<String> blocks) {
    }

    private static String headed(List<Section> sections) {
        StringBuilder out = new StringBuilder();
        int previous = 1;
        for (Section section : sections) {
            int level = Math.min(section.wantedLevel(), previous + 1);
            out.append("#".repeat(level)).append(' ').append(section.heading()).append("\n\n");
            section.blocks().forEach(out::append);
            previous = level;
        }
        return out.toString();
    }

    /** How deep containers (quotes, call-outs, list items) nest inside each other. */
    private static final int NESTING = 2;

    /** One block with its blank line after it. */
    private Arbitrary<String> blocks() {
        return block(NESTING).map(block -> block.markdown() + "\n\n");
    }

    private enum Kind { PARAGRAPH, TABLE, QUOTE, CALL_OUT, LIST }

    /** A block's Markdown and its kind (a plain paragraph may follow an item's marker or an alert's). */
    private record Markdown(String markdown, Kind kind) {
        boolean paragraph() {
            return kind == Kind.PARAGRAPH;
        }
    }

    /**
     * Any block the source format allows inside a container: a paragraph, table, quote, call-out or list,
     * holding blocks of its own up to {@code depth} levels down (headings stand only at the top level).
     */
    private Arbitrary<Markdown> block(int depth) {
        Arbitrary<Markdown> paragraph = paragraphs().map(text -> new Markdown(text, Kind.PARAGRAPH));
        Arbitrary<Markdown> table = tables().map(text -> new Markdown(text, Kind.TABLE));
        if (depth == 0) {
            return Arbitraries.frequencyOf(Tuple.of(3, paragraph), Tuple.of(1, table));
        }
        return Arbitraries.frequencyOf(Tuple.of(4, paragraph), Tuple.of(1, table),
                Tuple.of(2, quotes(depth).map(text -> new Markdown(text, Kind.QUOTE))),
                Tuple.of(2, notes(depth).map(text -> new Markdown(text, Kind.CALL_OUT))),
                Tuple.of(2, lists(depth).map(text -> new Markdown(text, Kind.LIST))));
    }

    private Arbitrary<String> paragraphs() {
        return inline().list().ofMinSize(1).ofMaxSize(4).map(runs -> String.join(" ", runs));
    }

    private Arbitrary<String> inline() {
        return Arbitraries.oneOf(
                words(1, 6),
                words(1, 3).map(w -> "*" + w + "*"),
                words(1, 3).map(w -> "**" + w + "**"),
                asciiWords().map(w -> "`" + w + "`"),
                Combinators.combine(words(1, 3), linkPaths()).as((text, path) -> "[" + text + "](https://example.org/" + path + ")"));
    }

    /** A quote of one or more blocks (paragraphs, lists, tables, call-outs, quotes), perhaps attributed. */
    private Arbitrary<String> quotes(int depth) {
        Arbitrary<String> attribution = Combinators.combine(Arbitraries.of("— ", "– ", "-- ", "—"), words(1, 3))
                .as((dash, name) -> "\n>\n> " + dash + name)
                .optional(0.5).map(a -> a.orElse(""));
        return Combinators.combine(block(depth - 1).list().ofMinSize(1).ofMaxSize(3), attribution)
                .as((body, by) -> quoted(join(body)) + by);
    }

    /** A call-out: the alert marker alone on its line or, before a paragraph, with the paragraph right under it. */
    private Arbitrary<String> notes(int depth) {
        return Combinators.combine(Arbitraries.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"),
                        block(depth - 1).list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
                .as((kind, body, blankLine) -> "> [!" + kind + "]\n"
                        + (blankLine || !body.get(0).paragraph() ? ">\n" : "") + quoted(join(body)));
    }

    private static String join(List<Markdown> blocks) {
        return blocks.stream().map(Markdown::markdown).collect(Collectors.joining("\n\n"));
    }

    private static String quoted(String markdown) {
        return markdown.lines().map(line -> line.isEmpty() ? ">" : "> " + line).collect(Collectors.joining("\n"));
    }

    private Arbitrary<String> lists(int depth) {
        return Combinators.combine(Arbitraries.of(true, false), listItems(depth).list().ofMinSize(1).ofMaxSize(4))
                .as(GeneratedHandouts::list);
    }

    /** A list item: its paragraph, then up to two more blocks (paragraphs, nested lists, quotes, call-outs, tables). */
    private Arbitrary<List<Markdown>> listItems(int depth) {
        return Combinators.combine(paragraphs(), block(depth - 1).list().ofMaxSize(2))
                .as((first, more) -> {
                    List<Markdown> body = new ArrayList<>(List.of(new Markdown(first, Kind.PARAGRAPH)));
                    body.addAll(more);
                    return body;
                });
    }

    /** Items' further blocks indented under their marker; a nested list right under its item's paragraph. */
    private static String list(boolean ordered, List<List<Markdown>> items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String marker = ordered ? (i + 1) + ". " : "- ";
            String indent = " ".repeat(marker.length());
            List<Markdown> body = items.get(i);
            StringBuilder item = new StringBuilder(body.get(0).markdown());
            for (int b = 1; b < body.size(); b++) {
                boolean tight = b == 1 && body.get(b).kind() == Kind.LIST;
                item.append(tight ? "\n" : "\n\n").append(body.get(b).markdown());
            }
            List<String> lines = item.toString().lines().toList();
            out.append(marker).append(lines.get(0)).append('\n');
            lines.subList(1, lines.size()).forEach(line -> out.append(line.isEmpty() ? "" : indent + line).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    /** Tables of up to three columns, cells of words tied or not, as any text (see {@link #words}). */
    private Arbitrary<String> tables() {
        return Arbitraries.integers().between(1, 3).flatMap(columns -> Combinators.combine(
                        words(1, 2).list().ofSize(columns),
                        words(0, 3).list().ofSize(columns).list().ofMaxSize(3))
                .as(GeneratedHandouts::table));
    }

    private static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(row(header)).append('\n').append(row(header.stream().map(h -> "---").toList()));
        rows.forEach(cells -> out.append('\n').append(row(cells)));
        return out.toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /**
     * Words joined by ordinary or non-breaking spaces, as people tie a number to its unit, in any run: a tied
     * run wider than a line or table cell breaks where it must in print (styles/print.css), and the readers
     * read it back whole.
     */
    private Arbitrary<String> words(int min, int max) {
        Arbitrary<String> separator = Arbitraries.oneOf(Arbitraries.just(" "), Arbitraries.of(oddSpaces.split("")));
        return Combinators.combine(word(), separator).as(List::of)
                .list().ofMinSize(min).ofMaxSize(max)
                .map(wordsAndSpacesBefore -> {
                    StringBuilder out = new StringBuilder();
                    for (List<String> wordAndSpace : wordsAndSpacesBefore) {
                        out.append(out.isEmpty() ? "" : wordAndSpace.get(1)).append(wordAndSpace.get(0));
                    }
                    return out.toString();
                });
    }

    /**
     * A word as people write them: letters, perhaps a compound joined by a hyphen or en dash, and
     * punctuation only at its edges (opening quotes before, closing quotes, ellipsis and stops after).
     */
    private Arbitrary<String> word() {
        Arbitrary<String> compound = Combinators.combine(Arbitraries.of("-", "–"), letters()).as(String::concat)
                .optional(0.1).map(part -> part.orElse(""));
        return Combinators.combine(edge(OPENING), letters(), compound, edge(CLOSING))
                .as((open, letters, rest, close) -> open + letters + rest + close);
    }

    private Arbitrary<String> edge(String punctuation) {
        String drawable = punctuation.codePoints().filter(cp -> oddCharacters.indexOf(cp) >= 0 || cp < 0x80)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Arbitraries.of(drawable.split("")).optional(0.15).map(mark -> mark.orElse(""));
    }

    private Arbitrary<String> letters() {
        String accented = oddCharacters.codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withChars(accented.toCharArray())
                .ofMinLength(1).ofMaxLength(9);
    }

    /** Link paths, often the same one, so links to one target stand side by side and in neighbouring blocks. */
    private static Arbitrary<String> linkPaths() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of("help", "call-us")),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)));
    }

    private static Arbitrary<String> asciiWords() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    }
}
