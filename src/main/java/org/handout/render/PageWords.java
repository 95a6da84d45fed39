package org.handout.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handout.model.NoteKind;

/**
 * The words a handout's page furniture says — "Page N of M", "Reviewed", the skip link, the
 * call-out labels, the web page's links to its other print size and languages — in the handout's language, from {@code styles/words/<tag>.properties}. A
 * language without its words falls back to English and says so ({@link #missing}), so the build
 * can warn. Each language's file is read once per run.
 */
public final class PageWords {
    /** Where the current page number goes in {@link #pageNumber()}. */
    public static final String PAGE = "{page}";
    /** Where the page count goes in {@link #pageNumber()}. */
    public static final String PAGES = "{pages}";

    private static final Pattern PAGE_PARTS = Pattern.compile("\\{pages?}");
    private static final Map<Locale, PageWords> LOADED = new ConcurrentHashMap<>();

    private final Properties words;
    private final Optional<String> missing;

    private PageWords(Properties words, Optional<String> missing) {
        this.words = words;
        this.missing = missing;
    }

    public static PageWords of(Locale language) {
        return LOADED.computeIfAbsent(language, PageWords::load);
    }

    private static PageWords load(Locale language) {
        for (String tag : LanguageTags.candidates(language)) {
            Optional<String> file = BundledResource.optionalText("/styles/words/" + tag + ".properties");
            if (file.isPresent()) {
                return new PageWords(parse(file.get()), Optional.empty());
            }
        }
        return new PageWords(parse(BundledResource.text("/styles/words/en.properties")),
                Optional.of(language.getDisplayName(Locale.ENGLISH) + " (" + language.toLanguageTag() + ")"));
    }

    private static Properties parse(String file) {
        Properties words = new Properties();
        try {
            words.load(new StringReader(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The language whose words are missing, when these are the English fallback. */
    public Optional<String> missing() {
        return missing;
    }

    public String skipToContent() {
        return word("skip");
    }

    /** The link from a standard web page to its large-print page. */
    public String largePrint() {
        return word("large-print");
    }

    /** The link from a large-print web page back to its standard page. */
    public String standardPrint() {
        return word("standard-print");
    }

    /** What introduces the links to the handout in its other languages ("Also in:"). */
    public String alsoIn() {
        return word("also-in");
    }

    /** The accessible name of the navigation holding those links. */
    public String otherVersions() {
        return word("other-versions");
    }

    public String reviewed(String date) {
        return word("reviewed").replace("{date}", date);
    }

    public String label(NoteKind kind) {
        return word(kind.name().toLowerCase(Locale.ROOT));
    }

    /**
     * "Page N of M" in the language's order, as text pieces and the markers {@link #PAGE} and
     * {@link #PAGES}, for a CSS counter or a Word field to stand in for each marker.
     */
    public List<String> pageNumber() {
        String pattern = word("page");
        List<String> parts = new ArrayList<>();
        Matcher marker = PAGE_PARTS.matcher(pattern);
        int from = 0;
        while (marker.find()) {
            if (marker.start() > from) {
                parts.add(pattern.substring(from, marker.start()));
            }
            parts.add(marker.group());
            from = marker.end();
        }
        if (from < pattern.length()) {
            parts.add(pattern.substring(from));
        }
        return List.copyOf(parts);
    }

    private String word(String key) {
        String word = words.getProperty(key);
        if (word == null) {
            throw new IllegalStateException("styles/words has no '" + key + "' for this language");
        }
        return word;
    }
}
