package org.handout.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
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
import org.handout.braille.BrailleCode;
import org.handout.braille.BrailleSettings;
import org.handout.braille.BrailleTable;
import org.handout.braille.BrailleTranslator;
import org.handout.braille.Untranscribable;

/**
 * Random but plausible handouts as Markdown text, built from small shrinkable pieces so that a
 * failing example shrinks to a short, readable source. Text uses only characters every bundled
 * font face can draw (read from the fonts' cmaps), so a failure is never just a missing glyph,
 * and, in a language with a braille table, only characters and words that table writes as they
 * read: a handout with another gets no BRF (braille "not available", tested on its own), which
 * would leave its braille untested.
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
    private final Predicate<String> keptWords;

    private GeneratedHandouts(String oddCharacters, String oddSpaces, Predicate<String> keptWords) {
        this.oddCharacters = oddCharacters;
        this.oddSpaces = oddSpaces;
        this.keptWords = keptWords;
    }

    /** The same handouts with only the odd characters and the words a braille table writes as they read. */
    private GeneratedHandouts inBraille(BrailleTable table) {
        BrailleTranslator translator = BrailleTranslator.of(table);
        return new GeneratedHandouts(oddCharacters.codePoints().filter(translator::writes)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString(), oddSpaces,
                word -> !Untranscribable.mistranslated(table, word));
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
        return new GeneratedHandouts(odd, spaces, word -> true);
    }

    private static String drawable(String candidates, CmapLookup cmap) {
        return candidates.codePoints()
                .filter(cp -> cmap.getGlyphId(cp) > 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /**
     * A whole handout: optional front matter (without it, the handout is in English), the title,
     * then blocks under headings that never skip a level; its text in characters its language's
     * braille table writes, where it has one.
     */
    Arbitrary<String> handouts() {
        return Arbitraries.of("", "en-US", "es", "fr-CA", "de", "pl")
                .flatMap(lang -> inBraillesCharacters(lang).handout(lang));
    }

    private GeneratedHandouts inBraillesCharacters(String lang) {
        BrailleCode code = BrailleSettings.DEFAULT.codeFor(Locale.forLanguageTag(lang.isEmpty() ? "en-US" : lang));
        return code instanceof BrailleTable table ? inBraille(table) : this;
    }

    private Arbitrary<String> handout(String lang) {
        Arbitrary<String> frontMatter = lang.isEmpty() ? Arbitraries.just("")
                : words(1, 6).map(summary -> "---\nlang: " + lang + "\nsummary: \"" + summary + "\"\n---\n");
        Arbitrary<List<Section>> sections = Combinators.combine(
                        Arbitraries.integers().between(2, 5), words(1, 4), blocks().list().ofMaxSize(3))
                .as(Section::new)
                .list().ofMaxSize(4)
                .filter(GeneratedHandouts::noCellSevenHeadingsInARow);
        return Combinators.combine(frontMatter, words(1, 5), blocks().list().ofMaxSize(3), sections)
                .as((front, title, intro, body) -> front + "# " + title + "\n\n" + String.join("", intro) + headed(body));
    }

    /** A heading's wished-for level, lowered where needed so the outline never skips a level. */
    private record Section(int wantedLevel, String heading, List<String> blocks) {
    }

    /**
     * Headings of level 3 and below share braille's cell 7, runovers included, so one right after
     * another whose first word would not fit on the line before reads as its runover (a known limit
     * of reading the layout alone, docs/BRAILLE.md): such a heading has a block after it here.
     */
    private static boolean noCellSevenHeadingsInARow(List<Section> sections) {
        int previous = 1;
        boolean bareCellSeven = false;
        for (Section section : sections) {
            int level = Math.min(section.wantedLevel(), previous + 1);
            if (bareCellSeven && level >= 3) {
                return false;
            }
            bareCellSeven = level >= 3 && section.blocks().isEmpty();
            previous = level;
        }
        return true;
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
                asciiWords().filter(keptWords).map(w -> "`" + w + "`"),
                Combinators.combine(words(1, 3), linkPaths().filter(keptWords))
                        .as((text, path) -> "[" + text + "](https://example.org/" + path + ")"));
    }

    /** A quote of one or more blocks (paragraphs, lists, tables, call-outs, quotes), perhaps attributed. */
    private Arbitrary<String> quotes(int depth) {
        Arbitrary<String> attribution = Combinators.combine(Arbitraries.of("— ", "– ", "-- ", "—"), words(1, 3))
                .as((dash, name) -> "\n>\n> " + dash + name)
                .optional(0.5).map(a -> a.orElse(""));
        return Combinators.combine(block(depth - 1).list().ofMinSize(1).ofMaxSize(3).filter(GeneratedHandouts::noListsInARow),
                        attribution)
                .as((body, by) -> quoted(join(body)) + by);
    }

    /** A call-out: the alert marker alone on its line or, before a paragraph, with the paragraph right under it. */
    private Arbitrary<String> notes(int depth) {
        return Combinators.combine(Arbitraries.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"),
                        block(depth - 1).list().ofMinSize(1).ofMaxSize(3).filter(GeneratedHandouts::noListsInARow),
                        Arbitraries.of(true, false))
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
        return Combinators.combine(Arbitraries.of(true, false), listItems(depth).list().ofMinSize(1).ofMaxSize(4)
                        .filter(items -> depth == NESTING || setOffOnlyInLastItem(items)))
                .as(GeneratedHandouts::list);
    }

    /**
     * A nested list resumed after set-off material (a table, quote or call-out, framed by blank lines)
     * starts its next braille group in cell 3 with runovers in cell 5, which is also the layout of a
     * one-line quotation and its attribution: the BRF reader, working from the layout alone, reads it
     * as prose (docs/BRAILLE.md, known limits). So a list that may be nested has set-off material only
     * in its last item, and an item has none before its nested list.
     */
    private static boolean setOffOnlyInLastItem(List<List<Markdown>> items) {
        return items.subList(0, items.size() - 1).stream().flatMap(List::stream).allMatch(GeneratedHandouts::runsOn);
    }

    /**
     * Two lists in a row are one list in Markdown (the second's items join the first's), which would
     * slip set-off material into an item before the last past {@link #setOffOnlyInLastItem}.
     */
    private static boolean noListsInARow(List<Markdown> blocks) {
        for (int b = 1; b < blocks.size(); b++) {
            if (blocks.get(b).kind() == Kind.LIST && blocks.get(b - 1).kind() == Kind.LIST) {
                return false;
            }
        }
        return true;
    }

    private static boolean runsOn(Markdown block) {
        return block.kind() == Kind.PARAGRAPH || block.kind() == Kind.LIST;
    }

    /** A list item: its paragraph, then up to two more blocks (paragraphs, nested lists, quotes, call-outs, tables). */
    private Arbitrary<List<Markdown>> listItems(int depth) {
        return Combinators.combine(paragraphs(), block(depth - 1).list().ofMaxSize(2)
                        .filter(more -> (more.size() < 2 || more.get(1).kind() != Kind.LIST || runsOn(more.get(0)))
                                && noListsInARow(more)))
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
                .as((open, letters, rest, close) -> open + letters + rest + close)
                .filter(keptWords);
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
                .ofMinLength(1).ofMaxLength(9)
                .filter(keptWords);
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
