package org.handout.braille;

import java.util.Locale;
import java.util.Optional;

/**
 * How a build makes braille: contracted (grade 2, the default for English, what most adult readers
 * use) or uncontracted (grade 1). The handout's language picks the code, the grade its table
 * where the code has two in use.
 */
public record BrailleSettings(int grade) {
    public static final BrailleSettings DEFAULT = new BrailleSettings(2);

    /**
     * Spanish braille, uncontracted: Spanish readers read grade 1 (the Spanish contracted code,
     * estenografía, is rarely taught), and liblouis' es-g2.ctb cannot read its own contractions
     * back (a lone "d" comes back as "de", "es" as "estaba"), so the grade option does not apply.
     */
    public static final BrailleTable SPANISH = new BrailleTable("es-g1.ctb", "Spanish grade 1", 1,
            Locale.forLanguageTag("es"), "Imagen", "Texto en %s, no transcrito", Optional.of("es-g1-first-definitions.cti"));

    public BrailleSettings {
        if (grade != 1 && grade != 2) {
            throw new IllegalArgumentException("braille grade must be 1 or 2, was " + grade);
        }
    }

    /** The code of English handouts, most of a clinic's: Unified English Braille in this grade. */
    public BrailleTable english() {
        return new BrailleTable("en-ueb-g" + grade + ".ctb", "UEB grade " + grade, grade, Locale.ENGLISH, "Picture",
                "Text in %s, not transcribed");
    }

    /** The table for a handout in {@code language}, or why there is none. */
    public BrailleCode codeFor(Locale language) {
        if (language.getLanguage().equals("en")) {
            return english();
        }
        if (language.getLanguage().equals("es")) {
            return SPANISH;
        }
        return new NoBrailleTable(language.toLanguageTag(), "handout lays out braille for English (UEB) and Spanish only");
    }
}
