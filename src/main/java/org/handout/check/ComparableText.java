package org.handout.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.handout.convention.PresentationForms;
import org.handout.model.AttributionDash;

/**
 * Text reduced to what a reader perceives, so that a comparison ignores how a format happens to encode it:
 * Unicode composition, Arabic and Hebrew presentation forms, whitespace runs, curly versus straight quotes, dash variants, soft hyphens,
 * zero-width characters and words hyphenated at a line end. A PDF's line end without a space
 * ({@link ReadingWords#UNSPACED_LINE_END}) is kept: {@link #readsAs} reads it as the source has it.
 */
final class ComparableText {

    private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B\u200C\u200D\u2060\uFEFF]");
    private static final Pattern LINE_END_HYPHENATION = Pattern.compile("(\\p{L})[-\u2010]\\s+(\\p{Ll})");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]");
    private static final Pattern DASHES = Pattern.compile("--|[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00A0\u2007\u202F]+");

    private ComparableText() {
    }

    static String of(String text) {
        String normal = Normalizer.normalize(PresentationForms.toLetters(text), Normalizer.Form.NFC);
        normal = INVISIBLE.matcher(normal).replaceAll("");
        normal = LINE_END_HYPHENATION.matcher(normal).replaceAll("$1$2");
        normal = SINGLE_QUOTES.matcher(normal).replaceAll("'");
        normal = DOUBLE_QUOTES.matcher(normal).replaceAll("\"");
        normal = DASHES.matcher(normal).replaceAll("-");
        normal = normal.replace("\u2026", "...");
        return WHITESPACE.matcher(normal).replaceAll(" ").strip();
    }

    /**
     * True when {@code found} reads as {@code expected}, both already comparable, allowing for line
     * breaks: a line may break next to punctuation without a space ("follow-" / "up", "°" / "C"),
     * yet text read back from a page gets a space at every line end; and the joining of words
     * hyphenated at a line end also joins a compound broken at its own hyphen ("followup"). A space
     * lost or added between letters still differs.
     */
    static boolean readsAs(String expected, String found) {
        int i = 0;
        int j = 0;
        while (i < expected.length() && j < found.length()) {
            char want = expected.charAt(i);
            char got = found.charAt(j);
            if (want == got) {
                i++;
                j++;
            } else if (got == ReadingWords.UNSPACED_LINE_END) {
                // A line end the page shows without a space: a space where the source has one, else nothing.
                i += want == ' ' ? 1 : 0;
                j++;
            } else if (got == ' ' && nextToPunctuation(found, j)) {
                j++;
            } else if (want == '-' && i > 0 && Character.isLetter(expected.charAt(i - 1)) && i + 1 < expected.length()
                    && expected.charAt(i + 1) == got) {
                i++;
            } else {
                return false;
            }
        }
        return i == expected.length() && j == found.length();
    }

    /**
     * True when a line may break at this space without the source having one: next to punctuation,
     * or beside a Chinese, Japanese or Korean character, since those lines break between any two.
     */
    private static boolean nextToPunctuation(String text, int space) {
        return space > 0 && breaksWithoutSpace(text.charAt(space - 1))
                || space + 1 < text.length() && breaksWithoutSpace(text.charAt(space + 1));
    }

    private static boolean breaksWithoutSpace(char c) {
        return !Character.isLetterOrDigit(c) && c != ' ' || unspaced(c);
    }

    /** Scripts written without spaces between words, where each character counts as a word. */
    private static boolean unspaced(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /**
     * The words of comparable text, for telling a changed text from another one: split at spaces,
     * and a Chinese, Japanese or Korean character is a word of its own.
     */
    static List<String> words(String comparable) {
        List<String> words = new ArrayList<>();
        for (String spaced : comparable.toLowerCase(Locale.ROOT).replace(ReadingWords.UNSPACED_LINE_END, ' ').split(" ")) {
            StringBuilder word = new StringBuilder();
            spaced.codePoints().forEach(c -> {
                if (unspaced(c)) {
                    if (word.length() > 0) {
                        words.add(word.toString());
                        word.setLength(0);
                    }
                    words.add(Character.toString(c));
                } else {
                    word.appendCodePoint(c);
                }
            });
            if (word.length() > 0) {
                words.add(word.toString());
            }
        }
        return words;
    }


    /** An attribution as comparable text, with or without the dash a renderer printed before it. */
    static String ofAttribution(String attribution) {
        return of(AttributionDash.withoutDash(attribution));
    }
}
