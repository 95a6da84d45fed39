package org.handout.render.braille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.nio.file.Path;
import java.util.ArrayList;
import org.handout.braille.BrailleFixtures;
import org.handout.braille.BrailleSettings;
import org.handout.braille.BrailleTranslator;
import org.handout.braille.NoBrailleTable;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BrfRendererTest {
    private static Handout seed;
    private static String seedBrf;
    private static List<List<String>> seedPages;
    private static List<List<String>> everyBlockPages;

    @BeforeAll
    static void transcribe() throws Exception {
        seed = BrailleFixtures.parse(BrailleFixtures.SEED);
        seedBrf = BrailleFixtures.brf(seed, 2);
        seedPages = pages(seedBrf);
        everyBlockPages = pages(BrailleFixtures.brf(BrailleFixtures.parse(BrailleFixtures.EVERY_BLOCK), 2));
    }

    private static List<List<String>> pages(String brf) {
        return Arrays.stream(brf.split("\f")).map(p -> Arrays.asList(p.split("\r\n"))).toList();
    }

    private static String line(List<List<String>> pages, String start) {
        return pages.stream().flatMap(List::stream).filter(l -> l.strip().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void everyPageIsTwentyFiveLinesOfAtMostFortyBrailleAsciiCells() {
        assertThat(seedPages).hasSizeGreaterThan(1);
        for (List<String> page : seedPages) {
            assertThat(page).hasSize(25);
            assertThat(page).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(40).matches("[ -_]*"));
        }
    }

    @Test
    void pagesAreSeparatedByFormFeedsAndLinesEndWithCrLf() {
        assertThat(seedBrf.chars().filter(c -> c == '\f').count()).isEqualTo(seedPages.size() - 1);
        assertThat(seedBrf.replace("\r\n", "").replace("\f", "")).doesNotContain("\n", "\r");
    }

    @Test
    void eachPageEndsWithItsBraillePageNumberAtTheRightMargin() {
        assertThat(seedPages.get(0).get(24)).isEqualTo(" ".repeat(38) + "#A");
        assertThat(seedPages.get(1).get(24)).isEqualTo(" ".repeat(38) + "#B");
    }

    @Test
    void titleIsCenteredWithABlankLineAfterIt() {
        String title = seedPages.get(0).get(0);
        int left = title.length() - title.stripLeading().length();
        assertThat(title.strip()).isEqualTo(",\"U/&+ RELAPSE");
        assertThat(Math.abs(left - (40 - title.length()))).isLessThanOrEqualTo(1);
        assertThat(seedPages.get(0).get(1)).isEmpty();
    }

    @Test
    void levelTwoHeadingStartsInCellFiveAfterABlankLine() {
        List<String> page = seedPages.get(0);
        int heading = page.indexOf("    ,:Y DOES RELAPSE HAPP58");
        assertThat(heading).isPositive();
        assertThat(page.get(heading - 1)).isEmpty();
    }

    @Test
    void paragraphsStartInCellThreeWithRunoversInCellOne() {
        List<String> page = seedPages.get(0);
        assertThat(page.get(2)).startsWith("  ,A 8RELAPSE0");
        assertThat(page.get(3)).startsWith("MISUSE");
    }

    @Test
    void listItemsStartInCellOneWithRunoversInCellThreeAndNoBullets() {
        String item = line(seedPages, "8,MY CRAV+S");
        assertThat(item).startsWith("8,MY");
        List<String> page = seedPages.stream().filter(p -> p.contains(item)).findFirst().orElseThrow();
        assertThat(page.get(page.indexOf(item) + 1)).isEqualTo("  HELP+0");
        assertThat(page.get(page.indexOf(item) - 1)).isEmpty();
    }

    @Test
    void nestedItemsStartInCellThreeAndAllRunoversOfANestedListInCellFive() {
        assertThat(line(everyBlockPages, "#A4 ,F/ /EP")).startsWith("#A4");
        assertThat(line(everyBlockPages, ",A NE/$ PO9T")).startsWith("  ,A NE/$");
    }

    private static List<List<String>> fixturePages(String name) throws Exception {
        return pages(BrailleFixtures.brf(BrailleFixtures.parse(Path.of("src/test/resources/braille/" + name)), 2));
    }

    /** The fixture's first page ends with {@code lastLine} (line 24) and its second opens with {@code nextPageTop}. */
    private static void assertPageTurn(String fixture, String lastLine, String... nextPageTop) throws Exception {
        List<List<String>> pages = fixturePages(fixture);
        assertThat(pages.get(0).get(23)).isEqualTo(lastLine);
        assertThat(pages.get(1).subList(0, nextPageTop.length)).containsExactly(nextPageTop);
    }

    /** Moved whole, the item would leave a blank line inside the list at the page's end, which reads as the list's end. */
    @Test
    void listItemIsDividedBetweenPagesWhereThePageEnds() throws Exception {
        assertPageTurn("list-item-across-page-end.md", "  8,MY CRAV+S 7 TOO /R;G ,- NO?+ ELSE 0", "    HELP+0", ",SNACKS");
    }

    /** Left out, a list item in cell 1 at the page's top would read as the runover of the paragraph before. */
    @Test
    void blankLineBeforeAListStaysOnLineOneWhenTheParagraphBeforeEndsThePage() throws Exception {
        assertPageTurn("list-after-paragraph-ending-a-page.md", "OR M \"TS4 ,IF Y RELAPSE1 DON'T DESPAIR4",
                "", ",BR+ YR M$ICA;N LI/", ",WAT]");
    }

    @Test
    void quoteIsSetOffByBlankLinesWithItsAttributionOnItsOwnLineInCellFive() {
        List<String> page = seedPages.get(0);
        int attribution = page.indexOf("    ,P]SONAL EXP]I;E");
        assertThat(attribution).isPositive();
        assertThat(page.get(attribution + 1)).isEmpty();
        int quote = attribution;
        while (!page.get(quote - 1).isEmpty()) {
            quote--;
        }
        assertThat(page.get(quote)).startsWith("  8,RELAPSE");
    }

    @Test
    void callOutIsBoxedWithItsLabel() {
        List<String> all = everyBlockPages.stream().flatMap(List::stream).toList();
        int label = all.indexOf(line(everyBlockPages, ",W>N+3"));
        assertThat(all.get(label - 1)).isEqualTo("7".repeat(40));
        assertThat(all.get(label + 1)).isEqualTo("7".repeat(40));
    }

    @Test
    void imageBecomesATranscribersNoteInCellSevenAndADecorativeOneIsLeftOut() {
        assertThat(line(everyBlockPages, "@.<,PICTURE3")).startsWith("      @.<,PICTURE3 ,! CL9IC'S FRONT");
        assertThat(everyBlockPages.stream().flatMap(List::stream).filter(l -> l.contains("@.<"))).hasSize(1);
    }

    @Test
    void tableIsLinearWithEachCellAfterItsHeader() {
        assertThat(line(everyBlockPages, ",\"T3 ,MORN+2")).isEqualTo(",\"T3 ,MORN+2 ,DOSE3 #A TABLET");
    }

    @Test
    void emphasisAndStrongCarryUebIndicators() {
        String paragraph = String.join(" ", everyBlockPages.get(0));
        assertThat(paragraph).contains(".1EMPHASIS").contains("^1/R;G");
    }

    /** Inside a list, a quotation's blank line sets it off from the list's lines, which start in cell 1 like its runovers. */
    @Test
    void blankLineBeforeAQuoteInAListItemStaysOnLineOneWhenTheItemEndsThePage() throws Exception {
        assertPageTurn("quote-in-a-list-item-at-a-page-top.md", ",\"K YR NUMB]S4", "", "  ,ASK = HELP :5 Y NE$ X1 & KEEP ASK+");
    }

    /** An attribution's runovers start in cell 5 like a level 2 heading: the blank line alone parts them at a page's top. */
    @Test
    void blankLineAfterAnAttributedQuoteStaysOnLineOneWhenTheAttributionEndsThePage() throws Exception {
        assertPageTurn("attributed-quote-ending-a-page.md", "    ,M>IA1 A NURSE AT ! ,RIV]SIDE CL9IC", "", "    ,\"U/&+ \": TO F9D HELP");
    }

    /** Moved to a line of its own, the word would leave the item's number alone, which reads as an item. */
    @Test
    void wordLongerThanALineStartsOnTheLineOfTheWordsBeforeIt() throws Exception {
        List<List<String>> pages = fixturePages("list-item-opening-with-a-word-longer-than-a-line.md");

        assertThat(line(pages, "#A4")).startsWith("#A4 HTTPS3").hasSize(40).endsWith("\"");
    }

    @Test
    void linkReadsAsItsTextThenItsAddressDividedWithTheContinuationIndicator() {
        String divided = everyBlockPages.stream().flatMap(List::stream).filter(line -> line.contains("\"<HTTPS3"))
                .findFirst().orElseThrow();
        assertThat(divided).hasSize(40).endsWith("\"");
    }

    @Test
    void languageWithoutATableIsAnOutcomeNotAnError() {
        assertThat(new BrailleSettings(2).codeFor(Locale.forLanguageTag("de-DE")))
                .isInstanceOfSatisfying(NoBrailleTable.class, none -> assertThat(none.describe())
                        .startsWith("not available for de-DE: "));
    }

    @Test
    void renderingALanguageWithoutATableFailsWithOneLine() throws Exception {
        Handout german = BrailleFixtures.parse(BrailleFixtures.GERMAN);
        assertThatThrownBy(() -> BrailleFixtures.brf(german, 2))
                .isInstanceOf(InvalidHandoutException.class)
                .hasMessageContaining("braille is not available for de-DE").hasMessageNotContaining("\n");
    }

    @Test
    void spanishHandoutWithLettersOutsideTheSpanishTableHasNoBrailleAndTheReasonNamesThem() throws Exception {
        Handout foreign = BrailleFixtures.parse(BrailleFixtures.SPANISH_FOREIGN_LETTERS);

        assertThat(new BrfRenderer(BrailleSettings.DEFAULT).unavailableFor(foreign)).contains(
                "liblouis' Spanish grade 1 table (es-g1.ctb) has no braille for è (U+00E8) and î (U+00EE)");
        assertThat(new BrfRenderer(BrailleSettings.DEFAULT).unavailableFor(BrailleFixtures.parse(BrailleFixtures.SPANISH)))
                .isEmpty();
    }

    @Test
    void spanishHandoutWithTextTheSpanishTableWritesWronglyHasNoBrailleAndTheReasonNamesIt() throws Exception {
        Handout dose = BrailleFixtures.parse(Path.of("src/test/resources/braille/spanish-number-letter.md"));

        assertThat(new BrfRenderer(BrailleSettings.DEFAULT).unavailableFor(dose)).contains(
                "liblouis' Spanish grade 1 table (es-g1.ctb) writes \"24h.\" wrongly: a letter a-j right after a digit is"
                        + " written without a sign ending the number, so it reads as a digit (\"24h\" as \"248\")");
    }

    @Test
    void englishHandoutWithALetterTheUebTableLacksHasNoBraille() throws Exception {
        Handout lithuanian = BrailleFixtures.parse(Path.of("src/test/resources/errors/no-braille-cell.md"));

        assertThat(new BrfRenderer(new BrailleSettings(1)).unavailableFor(lithuanian))
                .contains("liblouis' UEB grade 1 table (en-ueb-g1.ctb) has no braille for Ą (U+0104)");
    }

    @Test
    void brailleRowIsLabelledWithTheCodeOfTheHandoutsLanguage() throws Exception {
        BrfRenderer renderer = new BrfRenderer(BrailleSettings.DEFAULT);

        assertThat(renderer.labelFor(BrailleFixtures.parse(BrailleFixtures.SPANISH))).contains("Braille (Spanish grade 1)");
        assertThat(renderer.labelFor(seed)).contains("Braille (UEB grade 2)");
        assertThat(renderer.labelFor(BrailleFixtures.parse(BrailleFixtures.GERMAN))).isEmpty();
    }

    @Test
    void gradeOneAndGradeTwoUseTheNamedUebTables() {
        assertThat(new BrailleSettings(1).codeFor(Locale.US)).hasToString(
                "BrailleTable[file=en-ueb-g1.ctb, label=UEB grade 1, grade=1, language=en, pictureWord=Picture, "
                        + "untranscribed=Text in %s, not transcribed, firstDefinitions=Optional.empty]");
        assertThat(BrailleTranslator.of(BrailleFixtures.table(seed, 2)).table().file()).isEqualTo("en-ueb-g2.ctb");
    }

    @Test
    void handoutsTranscribedInParallelComeOutTheSameAsOneAtATime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> BrailleFixtures.brf(seed, 2)));
            }
            for (Future<String> run : runs) {
                assertThat(run.get()).isEqualTo(seedBrf);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void firstPageIsUnicodeBrailleWithItsPageNumber() throws InvalidHandoutException {
        List<String> page = new BrfRenderer(BrailleSettings.DEFAULT).firstPage(seed);
        assertThat(page).hasSize(25).allSatisfy(l -> assertThat(l).matches("[\u2800-\u283F]*"));
        assertThat(page.get(24)).endsWith("\u283C\u2801");
    }
}
