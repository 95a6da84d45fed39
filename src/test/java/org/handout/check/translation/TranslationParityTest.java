package org.handout.check.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handout.model.Handout;
import org.handout.source.HandoutParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spanish translation with its English source's shape, then the same translation with one
 * edit each: every kind of mismatch is named exactly.
 */
class TranslationParityTest {
    private static final Path FIXTURES = Path.of("src/test/resources/translation");
    private static final Path SOURCE = FIXTURES.resolve("taking-your-medicine.md");
    private static final Path TRANSLATION = FIXTURES.resolve("tomar-su-medicamento.md");

    private static Handout source;

    @TempDir
    static Path dir;

    @BeforeAll
    static void parseTheSource() throws Exception {
        source = new HandoutParser().parse(SOURCE).handout();
        Files.copy(SOURCE, dir.resolve(SOURCE.getFileName()));
        Files.copy(FIXTURES.resolve("pill.png"), dir.resolve("pill.png"));
    }

    /** The translation with {@code text} replaced by {@code replacement}, compared with its source. */
    private static List<String> mismatchesWhere(String text, String replacement) throws Exception {
        String translation = Files.readString(TRANSLATION);
        assertThat(translation).contains(text);
        Path edited = Files.writeString(dir.resolve("tomar-su-medicamento.md"), translation.replace(text, replacement));
        return TranslationParity.mismatches(source, new HandoutParser().parse(edited).handout());
    }

    @Test
    void aTranslationWithTheSourcesShapeHasNoMismatch() throws Exception {
        assertThat(TranslationParity.mismatches(source, new HandoutParser().parse(TRANSLATION).handout())).isEmpty();
    }

    @Test
    void namesASourceHeadingWithNoCounterpart() throws Exception {
        assertThat(mismatchesWhere("### Más ayuda\n\n", ""))
                .containsExactly("heading 4 of the source has no counterpart");
    }

    @Test
    void namesAHeadingTheSourceDoesNotHave() throws Exception {
        assertThat(mismatchesWhere("### Más ayuda\n", "### Más ayuda\n\n### Teléfonos\n"))
                .containsExactly("heading 5 has no counterpart in the source");
    }

    @Test
    void namesAHeadingAtAnotherLevel() throws Exception {
        assertThat(mismatchesWhere("## Dosis", "### Dosis"))
                .containsExactly("heading 3 is level 3 here, level 2 in the source");
    }

    @Test
    void namesAQuoteThatLostItsAttribution() throws Exception {
        assertThat(mismatchesWhere(">\n> — Un paciente\n", ""))
                .containsExactly("quote 1 has an attribution in the source, not here");
    }

    @Test
    void namesAQuoteThatGainedAnAttribution() throws Exception {
        assertThat(mismatchesWhere("> Guárdelo fuera del alcance de los niños.\n",
                "> Guárdelo fuera del alcance de los niños.\n>\n> — La farmacia\n"))
                .containsExactly("quote 2 has an attribution here, not in the source");
    }

    @Test
    void namesASourceQuoteWithNoCounterpart() throws Exception {
        assertThat(mismatchesWhere("> Guárdelo fuera del alcance de los niños.\n", ""))
                .containsExactly("quote 2 of the source has no counterpart");
    }

    @Test
    void namesAListWithAnItemLess() throws Exception {
        assertThat(mismatchesWhere("- Pregunte a su farmacéutico\n", ""))
                .containsExactly("list 1 has 2 items, the source has 3");
    }

    @Test
    void namesANestedListWithAnItemMore() throws Exception {
        assertThat(mismatchesWhere("  2. Noche\n", "  2. Noche\n  3. Al acostarse\n"))
                .containsExactly("list 2 has 3 items, the source has 2");
    }

    @Test
    void namesASourceImageWithNoCounterpart() throws Exception {
        assertThat(mismatchesWhere("![Una pastilla blanca y redonda](pill.png)\n", ""))
                .containsExactly("image 1 of the source has no counterpart");
    }

    @Test
    void namesAnImageMarkedDecorativeOnlyHere() throws Exception {
        assertThat(mismatchesWhere("![Una pastilla blanca y redonda](pill.png)", "![](pill.png \"decorative\")"))
                .containsExactly("image 1 is decorative here, not in the source");
    }

    @Test
    void namesATableWithARowLess() throws Exception {
        assertThat(mismatchesWhere("| 2 | 4 mg |\n", ""))
                .containsExactly("table 1 has 1 row and 2 columns, the source has 2 rows and 2 columns");
    }

    @Test
    void namesATableWithAColumnMore() throws Exception {
        assertThat(mismatchesWhere("| Semana | Dosis |\n| --- | --- |\n| 1 | 2 mg |\n| 2 | 4 mg |\n",
                "| Semana | Dosis | Hora |\n| --- | --- | --- |\n| 1 | 2 mg | 8 h |\n| 2 | 4 mg | 8 h |\n"))
                .containsExactly("table 1 has 2 rows and 3 columns, the source has 2 rows and 2 columns");
    }

    @Test
    void namesALinkToAnotherTarget() throws Exception {
        assertThat(mismatchesWhere("(https://example.org/help)", "(https://example.org/ayuda)"))
                .containsExactly("link 2 points to https://example.org/help in the source and https://example.org/ayuda here");
    }

    @Test
    void namesASourceLinkWithNoCounterpart() throws Exception {
        assertThat(mismatchesWhere("[nuestro sitio web](https://example.org/help)", "nuestro sitio web"))
                .containsExactly("link 2 of the source has no counterpart");
    }

    @Test
    void namesEveryMismatchOfAnEditThatChangesSeveralKinds() throws Exception {
        assertThat(mismatchesWhere("## Dosis\n\n| Semana | Dosis |\n| --- | --- |\n| 1 | 2 mg |\n| 2 | 4 mg |\n\n", ""))
                .containsExactly("heading 3 is level 3 here, level 2 in the source",
                        "heading 4 of the source has no counterpart", "table 1 of the source has no counterpart");
    }
}
