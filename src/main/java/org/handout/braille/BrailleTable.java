package org.handout.braille;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One liblouis translation table, named by its file (e.g. {@code en-ueb-g2.ctb}) rather than found
 * by a locale query: {@code en-us-g2.ctb} is the retired EBAE code, not UEB.
 *
 * @param file             the table file bundled in liblouis-java's standalone jar
 * @param label            how reports name the code, e.g. {@code UEB grade 2}
 * @param grade            1 uncontracted, 2 contracted
 * @param language         the language the table writes, whose words the notes below are in
 * @param pictureWord      the word that opens a transcriber's note describing an image
 * @param untranscribed    the transcriber's note standing for a paragraph in another script, {@code %s}
 *                         the paragraph's language
 * @param firstDefinitions a table of handout's own (a resource beside this class) compiled before
 *                         {@code file}: it defines first, with the same dots, the characters whose cells
 *                         {@code file} defines first for something else, since liblouis back-translates
 *                         a shared cell to the character defined first; the braille written is the same
 */
public record BrailleTable(String file, String label, int grade, Locale language, String pictureWord,
                           String untranscribed, Optional<String> firstDefinitions) implements BrailleCode {
    public BrailleTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(pictureWord, "pictureWord");
        Objects.requireNonNull(untranscribed, "untranscribed");
        Objects.requireNonNull(firstDefinitions, "firstDefinitions");
    }

    public BrailleTable(String file, String label, int grade, Locale language, String pictureWord, String untranscribed) {
        this(file, label, grade, language, pictureWord, untranscribed, Optional.empty());
    }

    public boolean contracted() {
        return grade == 2;
    }

    /**
     * True when the table has the letters of {@code other}: it is written in the table language's
     * script (a Spanish paragraph in UEB), not another one (a Chinese paragraph).
     */
    public boolean writesScriptOf(Locale other) {
        return script(other).equals(script(language));
    }

    /** The note braille gives instead of a paragraph in {@code other}'s script, e.g. "Text in Chinese, not transcribed". */
    public String untranscribedNote(Locale other) {
        return String.format(language, untranscribed, other.getDisplayLanguage(language));
    }

    private static String script(Locale locale) {
        return ULocale.addLikelySubtags(ULocale.forLocale(locale)).getScript();
    }
}
