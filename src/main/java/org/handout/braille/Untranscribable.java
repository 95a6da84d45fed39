package org.handout.braille;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.handout.model.Handout;
import org.handout.model.Image;
import org.handout.model.LanguagePart;
import org.handout.model.Link;
import org.handout.model.Paragraph;
import org.handout.model.TextWalk;

/**
 * What of a handout its braille table cannot write so that it reads as written: characters the
 * table has no braille for (liblouis writes them as an escape sequence of other cells), and text
 * a known bug of the table writes so that it reads as something else ({@code mistranslations.tsv}
 * beside this class, listed in docs/BRAILLE.md). A handout holding either gets no BRF: braille is
 * "not available" for it, saying why, rather than wrong.
 */
public final class Untranscribable {
    private static final List<Mistranslation> MISTRANSLATIONS =
            DataRows.read(Untranscribable.class, "mistranslations.tsv", "table, pattern, why", 3).stream()
                    .map(row -> new Mistranslation(row[0], Pattern.compile(row[1]), row[2])).toList();

    private Untranscribable() {
    }

    /** A text pattern a table writes so that it reads otherwise, and why. */
    record Mistranslation(String table, Pattern pattern, String why) {
    }

    /** Why {@code translator}'s table cannot transcribe {@code handout}; empty when it can. */
    public static Optional<String> reason(Handout handout, BrailleTranslator translator) {
        BrailleTable table = translator.table();
        List<String> texts = Texts.of(handout, table);
        texts.add(table.pictureWord());
        String liblouis = "liblouis' " + table.label() + " table (" + table.file() + ")";
        List<Integer> unwritable = texts.stream().flatMapToInt(String::codePoints)
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).distinct()
                .filter(c -> !translator.writes(c)).boxed().toList();
        if (!unwritable.isEmpty()) {
            return Optional.of(liblouis + " has no braille for " + describe(unwritable));
        }
        for (String text : texts) {
            for (Mistranslation known : mistranslations(table)) {
                Matcher match = known.pattern().matcher(text);
                if (match.find()) {
                    return Optional.of(liblouis + " writes \"" + wordAround(text, match.start()) + "\" wrongly: " + known.why());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a known bug of {@code table} writes {@code text} so that it reads as something else. */
    public static boolean mistranslated(BrailleTable table, String text) {
        return mistranslations(table).stream().anyMatch(known -> known.pattern().matcher(text).find());
    }

    private static List<Mistranslation> mistranslations(BrailleTable table) {
        return MISTRANSLATIONS.stream().filter(known -> known.table().equals(table.file())).toList();
    }

    /** How a report names characters, e.g. {@code è (U+00E8) and ç (U+00E7)}. */
    static String describe(List<Integer> characters) {
        List<String> named = characters.stream()
                .map(c -> new String(Character.toChars(c)) + String.format(Locale.ROOT, " (U+%04X)", c)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        return named.subList(0, named.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + named.get(named.size() - 1);
    }

    private static String wordAround(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /**
     * Every text the braille holds: the words, link addresses and image descriptions; not text in
     * another script than the table's, which the braille replaces with a transcriber's note.
     */
    private static final class Texts implements TextWalk {
        private final List<String> texts = new ArrayList<>();
        private final BrailleTable table;

        private Texts(BrailleTable table) {
            this.table = table;
        }

        static List<String> of(Handout handout, BrailleTable table) {
            Texts walk = new Texts(table);
            walk.blocks(handout.body());
            return walk.texts;
        }

        @Override
        public Void paragraph(Paragraph paragraph) {
            if (paragraph.lang().map(table::writesScriptOf).orElse(true)) {
                inlines(paragraph.text());
            }
            return null;
        }

        @Override
        public Void languagePart(LanguagePart part) {
            if (table.writesScriptOf(part.lang())) {
                inlines(part.content());
            }
            return null;
        }

        @Override
        public void words(String text) {
            texts.add(text);
        }

        /** The braille gives a link's address after its text. */
        @Override
        public Void link(Link link) {
            inlines(link.content());
            texts.add(link.target());
            return null;
        }

        @Override
        public Void image(Image image) {
            if (!image.decorative()) {
                texts.add(image.alt());
            }
            return null;
        }
    }
}
