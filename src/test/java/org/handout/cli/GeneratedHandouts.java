package org.handout.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

    /** One block with its blank line after it. */
    private Arbitrary<String> blocks() {
        return Arbitraries.oneOf(paragraphs(), quotes(), lists(), tables(), notes()).map(block -> block + "\n\n");
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
                Combinators.combine(words(1, 3), asciiWords()).as((text, path) -> "[" + text + "](https://example.org/" + path + ")"));
    }

    private Arbitrary<String> quotes() {
        Arbitrary<String> attribution = Combinators.combine(Arbitraries.of("— ", "– ", "-- ", "—"), words(1, 3))
                .as((dash, name) -> "\n>\n> " + dash + name)
                .optional(0.5).map(a -> a.orElse(""));
        return Combinators.combine(paragraphs().list().ofMinSize(1).ofMaxSize(2), attribution)
                .as((paragraphs, by) -> "> " + String.join("\n>\n> ", paragraphs) + by);
    }

    private Arbitrary<String> notes() {
        return Combinators.combine(Arbitraries.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"), paragraphs())
                .as((kind, text) -> "> [!" + kind + "]\n> " + text);
    }

    private Arbitrary<String> lists() {
        return Combinators.combine(Arbitraries.of(true, false), listItems(2).list().ofMinSize(1).ofMaxSize(4))
                .as(GeneratedHandouts::list);
    }

    /** A list item's text and the items of the list nested under it (up to {@code depth} levels below). */
    private record Item(String text, boolean nestedOrdered, List<Item> nested) {
    }

    private Arbitrary<Item> listItems(int depth) {
        Arbitrary<List<Item>> nested = depth == 0
                ? Arbitraries.just(List.of())
                : listItems(depth - 1).list().ofMaxSize(3);
        return Combinators.combine(paragraphs(), Arbitraries.of(true, false), nested).as(Item::new);
    }

    private static String list(boolean ordered, List<Item> items) {
        StringBuilder out = new StringBuilder();
        appendList(out, "", ordered, items);
        return out.toString().stripTrailing();
    }

    private static void appendList(StringBuilder out, String indent, boolean ordered, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            String marker = ordered ? (i + 1) + ". " : "- ";
            Item item = items.get(i);
            out.append(indent).append(marker).append(item.text()).append('\n');
            if (!item.nested().isEmpty()) {
                appendList(out, indent + " ".repeat(marker.length()), item.nestedOrdered(), item.nested());
            }
        }
    }

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

    /** Words joined by ordinary or non-breaking spaces. */
    private Arbitrary<String> words(int min, int max) {
        Arbitrary<String> separator = Arbitraries.oneOf(Arbitraries.just(" "), Arbitraries.of(oddSpaces.split("")));
        return Combinators.combine(word(), separator).as((word, space) -> space + word)
                .list().ofMinSize(min).ofMaxSize(max)
                .map(parts -> parts.isEmpty() ? "" : String.join("", parts).substring(1));
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

    private static Arbitrary<String> asciiWords() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    }
}
