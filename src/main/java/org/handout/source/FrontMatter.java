package org.handout.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handout.model.SourceSpan;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The YAML block between the opening and closing {@code ---} lines, typed and checked.
 * snakeyaml-engine's loader builds only plain maps, lists and scalars, so a handout cannot
 * make the parser instantiate classes.
 */
record FrontMatter(Optional<String> title, Locale lang, Optional<String> summary, Optional<String> organization,
                   Optional<LocalDate> reviewed, List<String> keywords, Optional<TranslationReference> translationOf) {

    static final Locale DEFAULT_LANG = Locale.forLanguageTag("en-US");
    private static final Set<String> KEYS = Set.of("title", "lang", "summary", "organization", "reviewed", "keywords",
            "translation-of");

    static FrontMatter empty() {
        return new FrontMatter(Optional.empty(), DEFAULT_LANG, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty());
    }

    /**
     * @param yaml      the text between the fences
     * @param firstLine the file line the YAML starts on, so errors point into the file
     */
    static FrontMatter parse(String yaml, int firstLine) throws SourceProblem {
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(10).build())
                    .loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
            throw new SourceProblem(new SourceSpan(line, column),
                    "front matter is not valid YAML (" + firstLineOf(e.getProblem()) + "); check indentation and quoting");
        } catch (YamlEngineException e) {
            throw new SourceProblem(new SourceSpan(firstLine, 1),
                    "front matter is not valid YAML (" + firstLineOf(e.getMessage()) + ")");
        }
        if (loaded == null) {
            return empty();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new SourceProblem(new SourceSpan(firstLine, 1), "front matter must be a list of 'key: value' lines");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new SourceProblem(lineOfKey(yaml, String.valueOf(key), firstLine),
                        "unknown front matter key '" + key + "'; known keys are " + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        FieldReader fields = new FieldReader(map, yaml, firstLine);
        Optional<String> tag = fields.text("lang");
        Locale lang = tag.isPresent() ? LanguageTag.parse(tag.get(), fields.at("lang")) : DEFAULT_LANG;
        return new FrontMatter(
                fields.text("title"),
                lang,
                fields.text("summary"),
                fields.text("organization"),
                fields.date("reviewed"),
                fields.textList("keywords"),
                fields.text("translation-of").map(slug -> new TranslationReference(slug, fields.at("translation-of"))));
    }

    private static SourceSpan lineOfKey(String yaml, String key, int firstLine) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return new SourceSpan(firstLine + i, 1);
            }
        }
        return new SourceSpan(firstLine, 1);
    }

    private static String firstLineOf(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("").trim();
    }

    /** Reads one typed field at a time, naming the key's line when the type is wrong. */
    private record FieldReader(Map<?, ?> map, String yaml, int firstLine) {

        SourceSpan at(String key) {
            return lineOfKey(yaml, key, firstLine);
        }

        Optional<String> text(String key) throws SourceProblem {
            Object value = map.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof String s)) {
                throw new SourceProblem(at(key), key + " must be text, not " + describe(value) + "; put it in quotes");
            }
            return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
        }

        Optional<LocalDate> date(String key) throws SourceProblem {
            Object value = map.get(key);
            if (value == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(String.valueOf(value).strip()));
            } catch (DateTimeParseException e) {
                throw new SourceProblem(at(key), key + " must be an ISO date like 2026-11-01, not '" + value + "'");
            }
        }

        List<String> textList(String key) throws SourceProblem {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw new SourceProblem(at(key), key + " must be a list like [relapse, opioids], not " + describe(value));
            }
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String s)) {
                    throw new SourceProblem(at(key), key + " must list words, not " + describe(item));
                }
                out.add(s.strip());
            }
            return out;
        }

        private static String describe(Object value) {
            if (value instanceof Number || value instanceof Boolean) {
                return "the value " + value;
            }
            if (value instanceof List<?>) {
                return "a list";
            }
            return value instanceof Map<?, ?> ? "a nested map" : "'" + value + "'";
        }
    }
}
