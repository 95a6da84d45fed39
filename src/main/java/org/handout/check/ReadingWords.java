package org.handout.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.handout.convention.PresentationForms;

/**
 * The one normalisation of the whole-text check: a block's text as the words and marks a reader meets, so that
 * the comparison ignores only how a format happens to encode them. Every rule exists because some output
 * encodes the same reading differently:
 * <ul>
 * <li>Unicode NFC: composed and decomposed accents read alike (a PDF's ToUnicode map may give either).</li>
 * <li>Arabic and Hebrew presentation forms read as the letters they show ({@link PresentationForms}): a PDF
 * draws shaped glyphs, and only its /ActualText, where present, gives the letters.</li>
 * <li>A Chinese or Japanese character (Han, kana) is a word of its own: those lines break between any two
 * characters, and a PDF line end reads as a space the source never had. Korean is not: it is written with
 * spaces between words, so a Hangul word is a word like a Latin one.</li>
 * <li>Whitespace of any kind (spaces, no-break spaces, tabs, line ends) only separates; a PDF line end after a
 * drawn space reads as a space, one without ({@link #UNSPACED_LINE_END}) as the source has it. A space between two letters or digits still matters ("8 mg" is not "8mg"), but a space next to
 * punctuation or a symbol does not: a line may break after "and/" or before "°C" with no space in the source,
 * and a PDF reader cannot tell a line end from a space.</li>
 * <li>Soft hyphens and zero-width characters (U+00AD, U+200B–U+200D, U+2060, U+FEFF) are dropped: they are
 * invisible, and a PDF does not carry them.</li>
 * <li>Curly quotes read as straight ones (‘ ’ ‚ ‛ as ', “ ” „ ‟ as "), and hyphens and dashes (U+2010–U+2015,
 * U+2212) as "-": a subset font may draw several of them with one glyph, which a PDF maps back to one code.</li>
 * <li>The Latin ligatures U+FB00–U+FB06 read as their letters ("ﬁ" is "fi"), as shaping fonts draw them.</li>
 * </ul>
 * Nothing else is folded: case, digits, words hyphenated at a line end (no renderer hyphenates: the print
 * stylesheet sets {@code hyphens: none}), guillemets and primes all count.
 */
public final class ReadingWords {
    /**
     * A line end a PDF shows with no space before it (LINE SEPARATOR, which no source text carries): the line broke
     * inside a run of letters too long for it, or at a forced line break. It separates words here, and
     * {@link TextComparison} joins the words on both sides where the source has them as one.
     */
    public static final char UNSPACED_LINE_END = '\u2028';
    private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "\u017Ft", "st"};

    private ReadingWords() {
    }

    /**
     * One word (a run of letters, digits and combining marks; a single Han, kana or Hangul character) or one
     * other visible character. {@code key} is what
     * is compared, {@code shown} what a message quotes, {@code spaced} whether a space came before it.
     */
    public record Word(String key, String shown, boolean spaced) {
    }

    /** A block's words; an attribution's leading dash, which formats print and the source does not, is dropped. */
    public static List<Word> of(TextBlock block) {
        List<Word> words = of(block.text());
        if (block.kind() == TextBlock.Kind.ATTRIBUTION) {
            int dashes = 0;
            while (dashes < words.size() && dashes < 2 && words.get(dashes).key().equals("-")) {
                dashes++;
            }
            return words.subList(dashes, words.size());
        }
        return words;
    }

    public static List<Word> of(String text) {
        String composed = Normalizer.normalize(PresentationForms.toLetters(text), Normalizer.Form.NFC);
        List<Word> words = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        StringBuilder shown = new StringBuilder();
        boolean spaced = false;
        boolean wordSpaced = false;
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            i += Character.charCount(c);
            if (invisible(c)) {
                continue;
            }
            if (wordCharacter(c) && !unspaced(c)) {
                if (key.length() == 0) {
                    wordSpaced = spaced;
                }
                key.append(c >= 0xFB00 && c <= 0xFB06 ? LIGATURES[c - 0xFB00] : Character.toString(c));
                shown.appendCodePoint(c);
                spaced = false;
                continue;
            }
            if (key.length() > 0) {
                words.add(new Word(key.toString(), shown.toString(), wordSpaced));
                key.setLength(0);
                shown.setLength(0);
            }
            if (c == UNSPACED_LINE_END) {
                continue;
            }
            if (whitespace(c)) {
                spaced = !words.isEmpty();
            } else {
                words.add(new Word(mark(c), Character.toString(c), spaced));
                spaced = false;
            }
        }
        if (key.length() > 0) {
            words.add(new Word(key.toString(), shown.toString(), wordSpaced));
        }
        return words;
    }

    /**
     * Whether {@code next} follows {@code word} across an unspaced line end: two words of letters or digits with
     * neither a space nor a mark between them, which only such a line end separates.
     */
    static boolean acrossUnspacedLineEnd(Word word, Word next) {
        return !next.spaced() && lettered(word) && lettered(next);
    }

    private static boolean lettered(Word word) {
        int first = word.key().codePointAt(0);
        return wordCharacter(first) && !unspaced(first);
    }

    /** The words as a message quotes them: separated where the text had a space. */
    public static String shown(List<Word> words) {
        StringBuilder out = new StringBuilder();
        for (Word word : words) {
            if (word.spaced() && out.length() > 0) {
                out.append(' ');
            }
            out.append(word.shown());
        }
        return out.toString();
    }

    private static boolean invisible(int c) {
        return c == 0x00AD || c >= 0x200B && c <= 0x200D || c == 0x2060 || c == 0xFEFF;
    }

    /**
     * Scripts written without spaces between words, where each character counts as a word. Not
     * Hangul: Korean puts spaces between words, and a space lost between two of them is lost text.
     */
    private static boolean unspaced(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean wordCharacter(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean whitespace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String mark(int c) {
        if (c >= 0x2018 && c <= 0x201B) {
            return "'";
        }
        if (c >= 0x201C && c <= 0x201F) {
            return "\"";
        }
        if (c >= 0x2010 && c <= 0x2015 || c == 0x2212) {
            return "-";
        }
        return Character.toString(c);
    }
}
