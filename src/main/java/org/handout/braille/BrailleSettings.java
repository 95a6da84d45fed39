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
        return new BrailleTable("en-ueb-g" + grade + ".ctb", "UEB grade " + grade, grade, Locale.ENGLISH, "Picture",
                "Text in %s, not transcribed");
    }

    /**
     * The table for a handout in {@code language}, or why there is none. Only English is proven by
     * read-back: liblouis' Spanish tables write letters outside the Spanish alphabet as escape
     * sequences and contract a lone "d" to "de", so Spanish waits for its own tests.
     */
    public BrailleCode codeFor(Locale language) {
        if (language.getLanguage().equals("en")) {
            return english();
        }
        return new NoBrailleTable(language.toLanguageTag(), "handout lays out braille for English (UEB) only");
    }
}
