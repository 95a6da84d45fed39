package org.handout.braille;

import java.util.List;
import org.handout.model.Code;
import org.handout.model.Emphasis;
import org.handout.model.Inline;
import org.handout.model.InlineVisitor;
import org.handout.model.LanguagePart;
import org.handout.model.LineBreak;
import org.handout.model.Link;
import org.handout.model.Strong;
import org.handout.model.Text;

/**
 * A run of inlines as the braille transcription says it: the words, with each character's emphasis
 * for the translator. A link reads as its text followed by its address in parentheses, unless the
 * text already is the address: a braille reader cannot follow it, but can copy it. Line breaks
 * read as spaces (braille keeps them only for poetry and addresses), and whitespace runs as one.
 */
public final class MarkedText {
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder marks = new StringBuilder();

    private MarkedText() {
    }

    /** @param table the table the text is written with, which decides what a phrase in another language becomes */
    public static MarkedText of(List<Inline> inlines, BrailleTable table) {
        MarkedText out = new MarkedText();
        inlines.forEach(inline -> inline.accept(out.new Walker((byte) 0, table)));
        return out;
    }

    public static MarkedText plain(String text) {
        MarkedText out = new MarkedText();
        out.append(text, (byte) 0);
        return out;
    }

    /** This text with {@code prefix} (a list number, a call-out's label) before it, unemphasised. */
    public MarkedText prefixed(String prefix) {
        MarkedText out = plain(prefix);
        out.text.append(text);
        out.marks.append(marks);
        return out;
    }

    public String text() {
        return trimmed().text.toString();
    }

    public byte[] emphasis() {
        MarkedText trimmed = trimmed();
        byte[] out = new byte[trimmed.marks.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) trimmed.marks.charAt(i);
        }
        return out;
    }

    public boolean isBlank() {
        return text.toString().isBlank();
    }

    /** Whitespace runs are collapsed as they are appended and none leads, so only a trailing space can be left. */
    private MarkedText trimmed() {
        int end = text.length() > 0 && text.charAt(text.length() - 1) == ' ' ? text.length() - 1 : text.length();
        MarkedText out = new MarkedText();
        out.text.append(text, 0, end);
        out.marks.append(marks, 0, end);
        return out;
    }

    /** Appends with whitespace runs collapsed to one space, so the braille has no double blank cells. */
    private void append(String more, byte mark) {
        for (int i = 0; i < more.length(); i++) {
            char c = more.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            if (space && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
                continue;
            }
            text.append(space ? ' ' : c);
            marks.append((char) mark);
        }
    }

    private final class Walker implements InlineVisitor<Void> {
        private final byte mark;
        private final BrailleTable table;

        Walker(byte mark, BrailleTable table) {
            this.mark = mark;
            this.table = table;
        }

        @Override
        public Void text(Text t) {
            return literal(t.text());
        }

        @Override
        public Void emphasis(Emphasis emphasis) {
            return marked(emphasis.content(), BrailleTranslator.ITALIC);
        }

        @Override
        public Void strong(Strong strong) {
            return marked(strong.content(), BrailleTranslator.BOLD);
        }

        @Override
        public Void code(Code code) {
            return literal(code.text());
        }

        private Void literal(String text) {
            append(text, mark);
            return null;
        }

        private Void marked(List<Inline> content, byte more) {
            Walker inner = new Walker((byte) (mark | more), table);
            content.forEach(inline -> inline.accept(inner));
            return null;
        }

        @Override
        public Void link(Link link) {
            link.content().forEach(inline -> inline.accept(this));
            String shown = Inline.plainText(link.content()).strip();
            String address = addressOf(link.target());
            if (!shown.equals(address) && !shown.equals(link.target())) {
                append(" (" + address + ")", mark);
            }
            return null;
        }

        @Override
        public Void lineBreak(LineBreak lineBreak) {
            append(" ", mark);
            return null;
        }

        /**
         * A phrase in another language is written with the handout's table when the table has its
         * letters; in another script it is its note in parentheses, e.g. "(Text in Hebrew, not transcribed)".
         */
        @Override
        public Void languagePart(LanguagePart part) {
            if (table.writesScriptOf(part.lang())) {
                part.content().forEach(inline -> inline.accept(this));
            } else {
                append("(" + table.untranscribedNote(part.lang()) + ")", mark);
            }
            return null;
        }
    }

    /** What a reader would type: a phone number or mail address without its URI scheme. */
    private static String addressOf(String target) {
        for (String scheme : List.of("mailto:", "tel:")) {
            if (target.startsWith(scheme)) {
                return target.substring(scheme.length());
            }
        }
        return target;
    }
}
