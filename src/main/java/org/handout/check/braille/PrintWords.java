package org.handout.check.braille;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as the words a back-translation can be held to. Braille has one apostrophe, one pair of
 * quotation marks and one dash for print's several, and liblouis writes back the plain ones, so
 * the print variants are folded before the words are compared. liblouis writes single quotation
 * marks back as double ones, and a closing single quotation mark looks like an apostrophe, so all
 * of them (apostrophes, single and double quotation marks) fold into one mark.
 */
final class PrintWords {
    private static final Pattern QUOTATION_MARKS =
            Pattern.compile("[\u2018\u2019\u201B\u2032'\u201C\u201D\u201E\u201F\u00AB\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F]+");

    private PrintWords() {
    }

    static List<String> of(String text) {
        String words = SPACES.matcher(folded(text)).replaceAll(" ").strip();
        return words.isEmpty() ? List.of() : Arrays.asList(words.split(" "));
    }

    /** The text with its print variants folded, as {@link #of} compares it. */
    static String folded(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC);
        folded = QUOTATION_MARKS.matcher(folded).replaceAll("\"");
        folded = DASHES.matcher(folded).replaceAll("-");
        return folded.replace("\u2026", "...");
    }
}
