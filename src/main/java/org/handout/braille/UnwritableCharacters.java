package org.handout.braille;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.handout.model.Code;
import org.handout.model.Handout;
import org.handout.model.Image;
import org.handout.model.Link;
import org.handout.model.Text;
import org.handout.model.TreeWalk;

/**
 * The characters of a handout its braille table has no braille for. liblouis writes such a
 * character as an escape sequence of other cells, which no reader can read, so a handout holding
 * one gets no BRF (braille is "not available" for it, naming them) rather than a wrong one.
 */
public final class UnwritableCharacters implements TreeWalk {
    private final Set<Integer> used = new LinkedHashSet<>();

    private UnwritableCharacters() {
    }

    /** In order of first use; empty when the table writes every character. */
    public static List<Integer> of(Handout handout, BrailleTranslator translator) {
        UnwritableCharacters walk = new UnwritableCharacters();
        walk.blocks(handout.body());
        walk.add(translator.table().pictureWord());
        return walk.used.stream().filter(c -> !translator.writes(c)).toList();
    }

    /** How a report names them, e.g. {@code è (U+00E8) and ç (U+00E7)}. */
    public static String describe(List<Integer> characters) {
        List<String> named = characters.stream()
                .map(c -> new String(Character.toChars(c)) + String.format(Locale.ROOT, " (U+%04X)", c)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        return named.subList(0, named.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + named.get(named.size() - 1);
    }

    private void add(String text) {
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(used::add);
    }

    @Override
    public Void text(Text text) {
        add(text.text());
        return null;
    }

    @Override
    public Void code(Code code) {
        add(code.text());
        return null;
    }

    /** The braille gives a link's address after its text. */
    @Override
    public Void link(Link link) {
        inlines(link.content());
        add(link.target());
        return null;
    }

    @Override
    public Void image(Image image) {
        if (!image.decorative()) {
            add(image.alt());
        }
        return null;
    }
}
