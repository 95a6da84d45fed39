package org.handout.braille;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The tables handout compiles, and what they write and read back alone. */
class BrailleTranslatorTest {
    /** es-g1.ctb as liblouis has it, without handout's first definitions. */
    private static final BrailleTable SPANISH_AS_BUNDLED = new BrailleTable("es-g1.ctb", "Spanish grade 1", 1,
            Locale.forLanguageTag("es"), "Imagen", "Texto en %s, no transcrito");
    private static final BrailleTable UEB_GRADE_2 = BrailleSettings.DEFAULT.codeFor(Locale.US) instanceof BrailleTable table
            ? table : null;
    /** Every mark es-g1.ctb has braille for, and the Spanish letters. */
    private static final String SPANISH_CHARACTERS = "!\"$%&'()*+,-./:;<=>?@[\\]{|}¡¢£¥©«­®±²³µ»¼½¾¿×÷‐‑‒–—―‘’‚‛“”„‟…€"
            + "abcdefghijklmnopqrstuvwxyzáéíóúüñABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÍÓÚÜÑ0123456789";

    private static String translated(BrailleTable table, String text) {
        return BrailleTranslator.of(table).translate(text);
    }

    private static String readBack(BrailleTable table, String text) {
        BrailleTranslator translator = BrailleTranslator.of(table);
        return translator.backTranslate(translator.translate(text));
    }

    @Test
    void firstDefinitionsLeaveEveryCellSpanishBrailleWritesAsEsG1WritesIt() throws Exception {
        String seed = Files.readString(BrailleFixtures.SPANISH);
        for (String text : new String[] {SPANISH_CHARACTERS, String.join(" ", SPANISH_CHARACTERS.split("")), seed}) {
            assertThat(translated(BrailleSettings.SPANISH, text)).isEqualTo(translated(SPANISH_AS_BUNDLED, text));
        }
    }

    @Test
    void esG1ReadsPunctuationDefinedAfterLoweredDigitsAsDigitsAndFirstDefinitionsReadItAsItself() {
        assertThat(readBack(SPANISH_AS_BUNDLED, "Hora: 8:30; ¿sí? fin. = ÷")).isEqualTo("Hora3 83302 5sí5 fin' 7 4");
        assertThat(readBack(BrailleSettings.SPANISH, "Hora: 8:30; ¿sí? fin. = ÷")).isEqualTo("Hora: 8:30; ?sí? fin. = ÷");
    }

    @Test
    void esG1ReadsTheEllipsisEmDashAndEuroAsWindowsControlCharactersAndFirstDefinitionsReadThemAsThemselves() {
        assertThat(readBack(SPANISH_AS_BUNDLED, "ya… — 5 €")).isEqualTo("ya\u0085 \u0097 5 \u0080");
        assertThat(readBack(BrailleSettings.SPANISH, "ya… — 5 €")).isEqualTo("ya… — 5 €");
    }

    @Test
    void esG1ReadsALetterAfterADigitAsADigitAndALowerCaseLetterAfterCapitalsAsACapital() {
        assertThat(readBack(BrailleSettings.SPANISH, "cada 24h")).isEqualTo("cada 248");
        assertThat(readBack(BrailleSettings.SPANISH, "las ONGs")).isEqualTo("las ONGS");
        assertThat(readBack(BrailleSettings.SPANISH, "cada 24 h, las ONG, 24H, VIH-sida")).isEqualTo("cada 24 h, las ONG, 24H, VIH-sida");
    }

    @Test
    void uebGradeTwoWritesALetterStandingAloneBesideAGuillemetWithoutTheGradeOneIndicatorAndTheTextIsKnownAsMistranslated() {
        assertThat(readBack(UEB_GRADE_2, "«M un» y «B ni x» o")).isEqualTo("«More un» y «But ni it» o");
        assertThat(List.of("«M", "ni x» o")).allMatch(text -> Untranscribable.mistranslated(UEB_GRADE_2, text));
        assertThat(Untranscribable.mistranslated(UEB_GRADE_2, "«Me «a «É ax» a» «Mx")).isFalse();
    }

    @Test
    void uebGradeTwoWritesAShortformsLettersWithoutTheGradeOneIndicatorBeforeAnSAndTheTextIsKnownAsMistranslated() {
        assertThat(readBack(UEB_GRADE_2, "3 yrs, ¡wd agū; yr ab alms abs")).isEqualTo("3 yours, ¡would againū; yr ab alms abs");
        assertThat(List.of("3 yrs", "¡wd", "agū")).allMatch(text -> Untranscribable.mistranslated(UEB_GRADE_2, text));
        assertThat(Untranscribable.mistranslated(UEB_GRADE_2, "yr ab alms abs years your")).isFalse();
    }

    @Test
    void everyKnownMistranslationIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("docs/BRAILLE.md"));
        assertThat(DataRows.read(Untranscribable.class, "mistranslations.tsv", "table, pattern, why", 3)).isNotEmpty()
                .allSatisfy(row -> assertThat(doc).contains("| `" + row[0] + "` | `" + row[1].replace("|", "\\|") + "` | " + row[2] + " |"));
    }

    @Test
    void spanishTableWritesTheSpanishAlphabetAndNoOtherAccentedLetter() {
        BrailleTranslator spanish = BrailleTranslator.of(BrailleSettings.SPANISH);
        assertThat("áéíóúüñÁÉÍÓÚÜÑ¿¡«»".codePoints()).allMatch(spanish::writes);
        assertThat("èàçãâöøßý#°º•‰".codePoints()).noneMatch(spanish::writes);
    }

    @Test
    void uebTablesHaveNoBrailleForSomeLettersOfCentralEuropeanAlphabets() {
        BrailleTranslator ueb = BrailleTranslator.of(BrailleSettings.DEFAULT.english());
        assertThat("éèçñöøåýā".codePoints()).allMatch(ueb::writes);
        assertThat("ąčěęėßőűż".codePoints()).noneMatch(ueb::writes);
    }

    @Test
    void onlyTheUebTablesWriteEmphasis() {
        assertThat(BrailleTranslator.of(BrailleSettings.DEFAULT.english()).writesEmphasis()).isTrue();
        assertThat(BrailleTranslator.of(BrailleSettings.SPANISH).writesEmphasis()).isFalse();
    }
}
