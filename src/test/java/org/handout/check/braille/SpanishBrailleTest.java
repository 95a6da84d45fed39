package org.handout.check.braille;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.handout.braille.BrailleFixtures;
import org.handout.braille.BrailleSettings;
import org.handout.check.Difference;
import org.handout.check.braille.BrailleElement.Kind;
import org.handout.model.Handout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spanish handouts in Spanish uncontracted braille (es-g1.ctb): read back word for word, but for
 * the print characters the Spanish code writes like others.
 */
class SpanishBrailleTest {
    private static Handout spanish;
    private static String brf;

    @BeforeAll
    static void transcribe() throws Exception {
        spanish = BrailleFixtures.parse(BrailleFixtures.SPANISH);
        brf = BrailleFixtures.brf(spanish, 2);
    }

    @Test
    void spanishHandoutsAreInSpanishGradeOneWhicheverGradeTheBuildAsksFor() {
        assertThat(new BrailleSettings(1).codeFor(Locale.forLanguageTag("es-US"))).isEqualTo(BrailleSettings.SPANISH);
        assertThat(new BrailleSettings(2).codeFor(Locale.forLanguageTag("es"))).isEqualTo(BrailleSettings.SPANISH);
        assertThat(BrailleSettings.SPANISH.file()).isEqualTo("es-g1.ctb");
    }

    @Test
    void spanishSeedReadsBackWordForWordButForTheOpeningQuestionMark() {
        BrailleCheck check = BrfReaderTest.check(spanish, 2, brf);

        assertThat(check.layout()).isEmpty();
        assertThat(check.differences()).isEmpty();
        assertThat(check.ambiguousWords()).isEmpty();
        assertThat(check.sharedCells()).extracting(SharedCell::print, SharedCell::reads).containsExactly(
                org.assertj.core.groups.Tuple.tuple("¿", "?"));
    }

    @Test
    void readerFindsTheSpanishSeedsElementsInOrder() {
        BrfReading reading = BrfReaderTest.read(spanish, 2, brf);

        assertThat(reading.elements()).hasSize(21);
        assertThat(reading.elements().get(0)).extracting(BrailleElement::text, BrailleElement::cell)
                .containsExactly("Entender la recaída", BrailleElement.CENTERED);
        assertThat(reading.elements().get(6)).extracting(BrailleElement::kind, BrailleElement::text)
                .containsExactly(Kind.HEADING, "?Por qué ocurre una recaída?");
        assertThat(reading.elements().get(5).text()).isEqualTo("Experiencia personal");
    }

    @Test
    void wordThatLostItsAccentIsWrongText() {
        String damaged = brf.replace("  .UNA 8RECA/DA8 SIGNIFICA", "  .UNA 8RECAIDA8 SIGNIFICA");
        assertThat(damaged).isNotEqualTo(brf);

        assertThat(BrfReaderTest.check(spanish, 2, damaged).differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Difference.Kind.WRONG_TEXT);
            assertThat(d.found()).contains("\"recaida\"");
        });
    }

    @Test
    void marksTheSpanishCodeSharesReadBackThroughTheirListedFoldsAndTheOthersAsThemselves() throws Exception {
        Handout marks = BrailleFixtures.parse(BrailleFixtures.SPANISH_MARKS);
        BrailleCheck check = BrfReaderTest.check(marks, 1, BrailleFixtures.brf(marks, 1));

        assertThat(check.differences()).isEmpty();
        assertThat(check.sharedCells()).extracting(SharedCell::print)
                .containsExactlyInAnyOrder("¡", "¿", "'", "+", "[", "]", ">");
        assertThat(BrfReaderTest.read(marks, 1, BrailleFixtures.brf(marks, 1)).elements().get(1).text())
                .contains("; la dosis es 2,5 mg a las 8:30… después, 1 ! 1 = 2 — y O.Brien ámédicoú lo sabe.");
    }

    @Test
    void anOpeningExclamationMarkWrittenAsAQuestionMarkIsWrongText() throws Exception {
        Handout marks = BrailleFixtures.parse(BrailleFixtures.SPANISH_MARKS);
        String written = BrailleFixtures.brf(marks, 1);
        // ¡ and ! are dots 235 (6 in Braille ASCII), ¿ and ? dots 26 (5).
        String damaged = written.replaceFirst("6\\.LLAME", "5.LLAME");
        assertThat(damaged).isNotEqualTo(written);

        assertThat(BrfReaderTest.check(marks, 1, damaged).differences()).singleElement()
                .extracting(Difference::kind).isEqualTo(Difference.Kind.WRONG_TEXT);
    }

    @Test
    void everySharedCellIsDocumentedWithItsReason() throws IOException {
        String doc = Files.readString(Path.of("docs/BRAILLE.md"));
        assertThat(SharedCells.bundled().entries()).isNotEmpty().allSatisfy(entry ->
                assertThat(doc).contains("`" + entry.print() + "`", "`" + entry.reads() + "`", entry.why()));
    }
}
