package org.handout.check.braille;

import static org.assertj.core.api.Assertions.assertThat;

import org.handout.Fixtures;
import org.handout.braille.BrailleFixtures;
import org.handout.model.Handout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A paragraph in a script the English table has no letters for (Chinese) is not sent to liblouis,
 * which would write it as escape sequences: braille says in a transcriber's note which language
 * stands there, and the check expects exactly that note; a phrase or list item says it in
 * parentheses. A phrase in Spanish is written with the table.
 */
class UntranscribedLanguageTest {
    private static Handout parts;
    private static String brf;

    @BeforeAll
    static void transcribe() throws Exception {
        parts = BrailleFixtures.parse(Fixtures.LANGUAGE_PARTS);
        brf = BrailleFixtures.brf(parts, 2);
    }

    @Test
    void aChineseParagraphBecomesATranscribersNoteNamingChinese() {
        assertThat(brf).contains("@.<,TEXT 9 ,*9ESE1 N TRANSCRIB$@.>");
    }

    @Test
    void aChineseListItemSaysItInParenthesesAsAPhraseWould() {
        assertThat(brf).contains("\r\n\"<,TEXT 9 ,*9ESE1 N TRANSCRIB$\">\r\n");
    }

    @Test
    void theSpanishPhraseIsWrittenWithTheHandoutsTable() {
        assertThat(brf).contains("A LA CL^/INICA");
    }

    @Test
    void theCheckExpectsTheNoteAndPasses() {
        assertThat(BrfReaderTest.check(parts, 2, brf).passed()).isTrue();
    }

    @Test
    void theCheckCatchesTheNoteWhenItNamesAnotherLanguage() {
        String damaged = brf.replace("@.<,TEXT 9 ,*9ESE1 N TRANSCRIB$@.>", "@.<,TEXT 9 ,JAPANESE1 N TRANSCRIB$@.>");

        assertThat(BrfReaderTest.check(parts, 2, damaged).passed()).isFalse();
    }
}
