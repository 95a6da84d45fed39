package org.handout.braille;

import java.nio.file.Path;
import org.handout.Fixtures;
import org.handout.model.Handout;
import org.handout.render.braille.BrfRenderer;

/** The handouts the braille tests transcribe, and their BRFs. */
public final class BrailleFixtures {
    public static final Path SEED = Fixtures.SEED;
    /** The render fixture with every block kind, in English so it has a braille table. */
    public static final Path EVERY_BLOCK = Path.of("src/test/resources/braille/every-block.md");
    public static final Path GERMAN = Fixtures.EVERY_BLOCK;
    public static final Path SPANISH = Fixtures.SEED_SPANISH;
    /** Spanish with the marks Spanish braille writes like others, and the ones liblouis defines after lowered digits. */
    public static final Path SPANISH_MARKS = Path.of("src/test/resources/braille/spanish-marks.md");
    /** Spanish with letters outside the Spanish alphabet, which es-g1.ctb has no braille for. */
    public static final Path SPANISH_FOREIGN_LETTERS = Path.of("src/test/resources/braille/spanish-foreign-letters.md");

    private BrailleFixtures() {
    }

    public static Handout parse(Path source) throws Exception {
        return Fixtures.parse(source);
    }

    public static String brf(Handout handout, int grade) throws Exception {
        return new BrfRenderer(new BrailleSettings(grade)).transcribe(handout);
    }

    public static BrailleTable table(Handout handout, int grade) {
        return (BrailleTable) new BrailleSettings(grade).codeFor(handout.meta().lang());
    }
}
