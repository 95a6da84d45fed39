package org.handout.check;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text reduced to what a reader perceives, so that a comparison ignores how a format happens to encode it:
 * Unicode composition, whitespace runs, curly versus straight quotes, dash variants, soft hyphens,
 * zero-width characters and words hyphenated at a line end.
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
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        normal = INVISIBLE.matcher(normal).replaceAll("");
        normal = LINE_END_HYPHENATION.matcher(normal).replaceAll("$1$2");
        normal = SINGLE_QUOTES.matcher(normal).replaceAll("'");
        normal = DOUBLE_QUOTES.matcher(normal).replaceAll("\"");
        normal = DASHES.matcher(normal).replaceAll("-");
        normal = normal.replace("\u2026", "...");
        return WHITESPACE.matcher(normal).replaceAll(" ").strip();
    }

    /** An attribution as comparable text, with or without the dash a renderer printed before it. */
    static String ofAttribution(String attribution) {
        return of(AttributionDash.withoutDash(attribution));
    }
}
