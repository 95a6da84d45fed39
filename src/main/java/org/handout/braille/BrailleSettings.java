package org.handout.braille;

import java.util.Locale;

/**
 * How a build makes braille: contracted (grade 2, the default for English, what most adult readers
 * use) or uncontracted (grade 1). The grade picks the table; the handout's language picks the code.
 */
public record BrailleSettings(int grade) {
    public static final BrailleSettings DEFAULT = new BrailleSettings(2);

    public BrailleSettings {
        if (grade != 1 && grade != 2) {
            throw new IllegalArgumentException("braille grade must be 1 or 2, was " + grade);
        }
    }

    /** The code of English handouts, most of a clinic's: Unified English Braille in this grade. */
    public BrailleTable english() {
        return new BrailleTable("en-ueb-g" + grade + ".ctb", "UEB grade " + grade, grade, "Picture");
    }

    /** The table for a handout in {@code language}, or why there is none. */
    public BrailleCode codeFor(Locale language) {
        switch (language.getLanguage()) {
            case "en":
                return english();
            case "es":
                return new BrailleTable("es-g" + grade + ".ctb", "Spanish grade " + grade, grade, "Imagen");
            default:
                return new NoBrailleTable(language.toLanguageTag(), "handout lays out braille to BANA rules"
                        + " for English (UEB) and Spanish only");
        }
    }
}
