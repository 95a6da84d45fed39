package org.handout.braille;

import java.util.Objects;
import java.util.Optional;

/**
 * One liblouis translation table, named by its file (e.g. {@code en-ueb-g2.ctb}) rather than found
 * by a locale query: {@code en-us-g2.ctb} is the retired EBAE code, not UEB.
 *
 * @param file             the table file bundled in liblouis-java's standalone jar
 * @param label            how reports name the code, e.g. {@code UEB grade 2}
 * @param grade            1 uncontracted, 2 contracted
 * @param pictureWord      the word that opens a transcriber's note describing an image, in the table's language
 * @param firstDefinitions a table of handout's own (a resource beside this class) compiled before
 *                         {@code file}: it defines first, with the same dots, the characters whose cells
 *                         {@code file} defines first for something else, since liblouis back-translates
 *                         a shared cell to the character defined first; the braille written is the same
 */
public record BrailleTable(String file, String label, int grade, String pictureWord, Optional<String> firstDefinitions)
        implements BrailleCode {
    public BrailleTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(pictureWord, "pictureWord");
        Objects.requireNonNull(firstDefinitions, "firstDefinitions");
    }

    public BrailleTable(String file, String label, int grade, String pictureWord) {
        this(file, label, grade, pictureWord, Optional.empty());
    }

    public boolean contracted() {
        return grade == 2;
    }
}
