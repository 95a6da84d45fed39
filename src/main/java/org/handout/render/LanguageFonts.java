package org.handout.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which bundled font families draw which language, read once from {@code styles/fonts/families.txt}
 * and {@code styles/fonts/languages.txt}: the choice is data, so adding a language adds a line.
 */
public final class LanguageFonts {
    private static final String DEFAULT = "default";
    private static final LanguageFonts BUNDLED = new LanguageFonts(
            BundledResource.text("/styles/fonts/families.txt"), BundledResource.text("/styles/fonts/languages.txt"));

    private final Map<String, FontFamily> families = new LinkedHashMap<>();
    private final Map<String, FontList> languages = new LinkedHashMap<>();

    LanguageFonts(String familyTable, String languageTable) {
        for (String[] row : rows(familyTable)) {
            FontFamily.Kind kind = FontFamily.Kind.valueOf(row[1].toUpperCase(Locale.ROOT).replace('-', '_'));
            families.put(row[0], new FontFamily(row[0], kind, Arrays.asList(row[2].split("\\s+"))));
        }
        for (String[] row : rows(languageTable)) {
            List<FontFamily> list = new ArrayList<>();
            for (String name : row[1].split("\\s*,\\s*")) {
                FontFamily family = families.get(name);
                if (family == null) {
                    throw new IllegalStateException("languages.txt names " + name + ", which families.txt does not list");
                }
                list.add(family);
            }
            languages.put(row[0], new FontList(list));
        }
        if (!languages.containsKey(DEFAULT)) {
            throw new IllegalStateException("languages.txt has no default line");
        }
    }

    public static LanguageFonts bundled() {
        return BUNDLED;
    }

    /** The font list of a language, looked up by {@link LanguageTags#candidates}; else the default list. */
    public FontList of(Locale language) {
        return LanguageTags.candidates(language).stream().map(key -> Optional.ofNullable(languages.get(key)))
                .flatMap(Optional::stream).findFirst().orElse(languages.get(DEFAULT));
    }

    /** Every family the bundle ships, in the order families.txt lists them. */
    public List<FontFamily> families() {
        return List.copyOf(families.values());
    }

    private static List<String[]> rows(String table) {
        List<String[]> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            String content = line.strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                String[] cells = content.split("\\s*\\|\\s*");
                rows.add(cells);
            }
        }
        return rows;
    }
}
