package org.handout.check.audit;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a piece of text looks like to a sighted reader, whatever it is tagged as. */
final class TextShapes {
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[•◦▪▫‣⁃●○■□–\\-*]|\\d{1,2}[.)]|[a-z][.)])\\s+\\S");
    private static final Pattern QUOTE_OPENING = Pattern.compile("^\\s*[\"“”„«»‘’‚']\\S");
    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*[—–―-]\\s*\\S");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)^\\S*\\.(png|jpe?g|gif|svg|bmp|tiff?|webp|emf|wmf|heic)$|^(img|dsc|image|pict?|scan)[_\\- ]?\\d+$");
    private static final Set<String> MEANINGLESS_ALT = Set.of("image", "picture", "photo", "graphic", "figure", "img",
            "logo", "icon", "chart", "bild", "grafik", "untitled", "alt", "alt text", "placeholder");
    private static final Set<String> VAGUE_LINK_TEXT = Set.of("click here", "here", "click", "more", "read more",
            "learn more", "link", "this link", "this", "go", "details", "more info", "more information", "continue");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^(https?://|www\\.|mailto:)\\S+$");
    /** An alternative text this long is no longer a short description: about a paragraph. */
    static final int LONGEST_ALT_CHARS = 250;
    /** Fewer letters of another script than this are symbols or units (µg, π), not a passage. */
    private static final int FOREIGN_LETTERS = 3;

    private TextShapes() {
    }

    /** Starts with a bullet, dash or number followed by text: "• Call", "2. Breathe", "a) Rest". */
    static boolean startsLikeListItem(String text) {
        return LIST_MARKER.matcher(text).find();
    }

    static boolean opensQuotation(String text) {
        return QUOTE_OPENING.matcher(text).find();
    }

    static boolean startsLikeAttribution(String text) {
        return ATTRIBUTION.matcher(text).find();
    }

    /** The list marker a text starts with, e.g. "•" or "2.", if any. */
    static Optional<String> leadingMarker(String text) {
        String stripped = text.strip();
        int space = stripped.indexOf(' ');
        return startsLikeListItem(stripped) && space > 0 ? Optional.of(stripped.substring(0, space)) : Optional.empty();
    }

    static boolean meaninglessAlt(String alt) {
        String normal = alt.strip().toLowerCase(Locale.ROOT);
        return FILE_NAME.matcher(normal).find() || MEANINGLESS_ALT.contains(normal.replaceAll("[.:]$", ""));
    }

    static boolean vagueLinkText(String text) {
        return VAGUE_LINK_TEXT.contains(text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!…:]+$", ""));
    }

    static boolean bareAddress(String text) {
        return WEB_ADDRESS.matcher(text.strip()).matches();
    }

    /** Whether the text holds a passage in a script its language is not written in. */
    static boolean hasForeignScript(String text, String lang) {
        Set<UnicodeScript> expected = scriptsOf(lang);
        Map<UnicodeScript, Integer> foreign = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(codePoint -> {
            UnicodeScript script = UnicodeScript.of(codePoint);
            if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED && !expected.contains(script)) {
                foreign.merge(script, 1, Integer::sum);
            }
        });
        return foreign.values().stream().anyMatch(count -> count >= FOREIGN_LETTERS);
    }

    /** The scripts a language is written in, by its primary subtag; Latin for every language not listed. */
    private static Set<UnicodeScript> scriptsOf(String lang) {
        String primary = lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
        switch (primary) {
            case "ru", "uk", "bg", "be", "mk", "kk", "ky", "mn", "tg":
                return Set.of(UnicodeScript.CYRILLIC);
            case "sr":
                return Set.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN);
            case "el":
                return Set.of(UnicodeScript.GREEK);
            case "ar", "fa", "ur", "ps":
                return Set.of(UnicodeScript.ARABIC);
            case "he", "yi":
                return Set.of(UnicodeScript.HEBREW);
            case "zh":
                return Set.of(UnicodeScript.HAN);
            case "ja":
                return Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);
            case "ko":
                return Set.of(UnicodeScript.HANGUL, UnicodeScript.HAN);
            case "hi", "mr", "ne", "sa":
                return Set.of(UnicodeScript.DEVANAGARI);
            case "th":
                return Set.of(UnicodeScript.THAI);
            case "hy":
                return Set.of(UnicodeScript.ARMENIAN);
            case "ka":
                return Set.of(UnicodeScript.GEORGIAN);
            default:
                return Set.of(UnicodeScript.LATIN);
        }
    }
}
