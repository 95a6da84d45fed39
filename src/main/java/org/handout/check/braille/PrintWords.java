package org.handout.check.braille;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as the words a back-translation can be held to. Braille has one apostrophe, one pair of
 * quotation marks and one dash for print's several, and liblouis writes back the plain ones, so
 * the print variants are folded before the words are compared.
 */
final class PrintWords {
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u201B\u2032]");
    private static final Pattern QUOTATION_MARKS = Pattern.compile("[\u201C\u201D\u201E\u201F\u00AB\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F]+");

    private PrintWords() {
    }

    static List<String> of(String text) {
        String words = Normalizer.normalize(text, Normalizer.Form.NFC);
        words = APOSTROPHES.matcher(words).replaceAll("'");
        words = QUOTATION_MARKS.matcher(words).replaceAll("\"");
        words = DASHES.matcher(words).replaceAll("-");
        words = words.replace("\u2026", "...");
        words = SPACES.matcher(words).replaceAll(" ").strip();
        return words.isEmpty() ? List.of() : Arrays.asList(words.split(" "));
    }
}
