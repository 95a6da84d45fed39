package org.handout.check.braille;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handout.braille.BrailleFixtures;
import org.handout.check.Difference;
import org.handout.check.braille.BrailleElement.Kind;
import org.handout.model.Handout;
import org.handout.render.PageWords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

class BrfReaderTest {
    private static Handout seed;
    private static Handout everyBlock;

    @BeforeAll
    static void parse() throws Exception {
        seed = BrailleFixtures.parse(BrailleFixtures.SEED);
        everyBlock = BrailleFixtures.parse(BrailleFixtures.EVERY_BLOCK);
    }

    static BrfReading read(Handout handout, int grade, String brf) {
        return new BrfReader(BrailleFixtures.table(handout, grade)).read(brf);
    }

    static BrailleCheck check(Handout handout, int grade, String brf) {
        return new BrailleComparison().compare(handout, BrailleFixtures.table(handout, grade),
                PageWords.of(handout.meta().lang())::label, read(handout, grade, brf));
    }

    @Test
    void readerFindsTheSeedsElementsInOrderFromTheLayoutAlone() throws Exception {
        List<BrailleElement> found = read(seed, 2, BrailleFixtures.brf(seed, 2)).elements();
        assertThat(found).extracting(BrailleElement::kind).containsExactly(
                Kind.HEADING, Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.QUOTE, Kind.ATTRIBUTION,
                Kind.HEADING, Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.LIST_ITEM,
                Kind.LIST_ITEM, Kind.PARAGRAPH, Kind.QUOTE, Kind.ATTRIBUTION, Kind.QUOTE, Kind.ATTRIBUTION,
                Kind.QUOTE, Kind.ATTRIBUTION, Kind.PARAGRAPH);
        assertThat(found.get(0)).extracting(BrailleElement::text, BrailleElement::cell)
                .containsExactly("Understanding relapse", BrailleElement.CENTERED);
        assertThat(found.get(6)).extracting(BrailleElement::text, BrailleElement::level, BrailleElement::cell)
                .containsExactly("Why does relapse happen?", 2, 5);
        assertThat(found.get(5).text()).isEqualTo("Personal experience");
    }

    @Test
    void gradeOneSeedReadsBackWordForWord() throws Exception {
        BrailleCheck check = check(seed, 1, BrailleFixtures.brf(seed, 1));
        assertThat(check.passed()).isTrue();
        assertThat(check.ambiguousWords()).isEmpty();
    }

    @Test
    void gradeTwoSeedPassesWithOnlyDocumentedAmbiguities() throws Exception {
        BrailleCheck check = check(seed, 2, BrailleFixtures.brf(seed, 2));
        assertThat(check.passed()).isTrue();
        assertThat(check.ambiguousWords()).extracting(BrailleCheck.AcceptedWord::word, BrailleCheck.AcceptedWord::readAs)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("you're", "y're"),
                        org.assertj.core.groups.Tuple.tuple("you've", "y've"));
    }

    @Test
    void gradeTwoWordThatReadsBackOtherwiseFailsWhenNoAmbiguityExplainsIt() throws Exception {
        BrailleCheck check = new BrailleComparison(new ContractionAmbiguities(List.of()))
                .compare(seed, BrailleFixtures.table(seed, 2), PageWords.of(seed.meta().lang())::label,
                        read(seed, 2, BrailleFixtures.brf(seed, 2)));
        assertThat(check.layout()).isEmpty();
        assertThat(check.differences()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Difference.Kind.WRONG_TEXT);
            assertThat(f.found()).containsAnyOf("y're", "y’re", "y've", "y’ve");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void openingSingleQuotationMarksReadBackThoughLiblouisWritesThemBackDouble(int grade) throws Exception {
        Handout quotes = BrailleFixtures.parse(Path.of("src/test/resources/braille/single-quotes.md"));

        assertThat(check(quotes, grade, BrailleFixtures.brf(quotes, grade)).differences()).isEmpty();
    }

    @Test
    void aLetterBeforeALetterWithADiacriticReadsBackAsItsWordsignAndIsAKnownAmbiguity() throws Exception {
        Handout marks = BrailleFixtures.parse(Path.of("src/test/resources/braille/letter-before-diacritic.md"));

        BrailleCheck check = check(marks, 2, BrailleFixtures.brf(marks, 2));

        assertThat(check.differences()).isEmpty();
        assertThat(check.ambiguousWords()).extracting(w -> w.ambiguity().written()).contains("z");
    }

    /** "(https://example.org/call-us)" reads "(httpscc//example.org/call-u)": two known ambiguities in one word. */
    @Test
    void anAddressInParenthesesEndingInUsReadsBackThroughTwoKnownAmbiguities() throws Exception {
        BrailleCheck check = checkFixture("address-in-parentheses-ending-in-us.md");

        assertThat(check.differences()).isEmpty();
        assertThat(check.ambiguousWords()).extracting(w -> w.ambiguity().written()).contains("https:", "us)");
    }

    @Test
    void aWordReadThroughTwoAmbiguitiesFailsWhenOnlyOneIsKnown() throws Exception {
        Handout address = BrailleFixtures.parse(Path.of("src/test/resources/braille/address-in-parentheses-ending-in-us.md"));
        List<ContractionAmbiguity> httpsOnly = ContractionAmbiguities.bundled().entries().stream()
                .filter(entry -> entry.written().equals("https:")).toList();

        BrailleCheck check = new BrailleComparison(new ContractionAmbiguities(httpsOnly)).compare(address,
                BrailleFixtures.table(address, 2), PageWords.of(address.meta().lang())::label,
                read(address, 2, BrailleFixtures.brf(address, 2)));

        assertThat(check.differences()).extracting(Difference::kind).containsOnly(Difference.Kind.WRONG_TEXT).isNotEmpty();
    }

    /** A linear table's colon after each header and semicolon between cells meet the cells' own punctuation. */
    @Test
    void tableCellsEndingInPunctuationReadBackThroughKnownAmbiguities() throws Exception {
        BrailleCheck check = checkFixture("table-cells-ending-in-punctuation.md");

        assertThat(check.differences()).isEmpty();
        assertThat(check.ambiguousWords()).extracting(w -> w.ambiguity().written()).contains("::", ";", ";;", ",;", ":;", "!;");
    }

    @Test
    void groupsignsBeforeALetterWithADiacriticReadBackAsMarksAndAreKnownAmbiguities() throws Exception {
        BrailleCheck check = checkFixture("groupsign-before-diacritic.md");

        assertThat(check.differences()).isEmpty();
        assertThat(check.ambiguousWords()).extracting(w -> w.ambiguity().written()).containsExactlyInAnyOrder("gg", "ea", "b", "ch");
    }

    /** A list after a nested list that ends a page is set off by the blank line kept on the next page's line 1. */
    @Test
    void aListStartingAtThePageTopAfterANestedListKeepsItsOwnRunoverCell() throws Exception {
        Handout lists = BrailleFixtures.parse(Path.of("src/test/resources/braille/list-after-nested-list-at-page-end.md"));

        assertThat(check(lists, 2, BrailleFixtures.brf(lists, 2)).differences()).isEmpty();
    }

    private static BrailleCheck checkFixture(String name) throws Exception {
        Handout handout = BrailleFixtures.parse(Path.of("src/test/resources/braille/" + name));
        return check(handout, 2, BrailleFixtures.brf(handout, 2));
    }

    private static BrailleCheck checkFixture(String name, String line, String replacement) throws Exception {
        Handout handout = BrailleFixtures.parse(Path.of("src/test/resources/braille/" + name));
        String brf = BrailleFixtures.brf(handout, 2);
        assertThat(brf).contains("\r\n" + line + "\r\n");
        return check(handout, 2, brf.replace("\r\n" + line + "\r\n", replacement == null ? "\r\n" : "\r\n" + replacement + "\r\n"));
    }

    @Test
    void aListItemDividedBetweenPagesReadsBackAsOneItem() throws Exception {
        assertThat(checkFixture("list-item-across-page-end.md").differences()).isEmpty();
    }

    @Test
    void aListAfterAParagraphEndingAPageIsNotReadAsTheParagraphsRunover() throws Exception {
        assertThat(checkFixture("list-after-paragraph-ending-a-page.md").differences()).isEmpty();
    }

    /**
     * Layouts the property found read otherwise before the renderer changed: a quotation's 3-1 lines at a page's top
     * without their blank line read as the list's items; a level 2 heading in cell 5 there as an attribution's runover;
     * a list number alone on its line, the address moved to the next, as an item of its own.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "quote-in-a-list-item-at-a-page-top.md | a quotation in a list item starting a page reads back apart from the list",
        "attributed-quote-ending-a-page.md | a heading after an attribution ending a page reads back as a heading",
        "list-item-opening-with-a-word-longer-than-a-line.md | a list item opening with a word longer than a line is one item"})
    void aLayoutThatOnceReadOtherwiseReadsBackAsWritten(String fixture, String behaviour) throws Exception {
        assertThat(checkFixture(fixture).differences()).as(behaviour).isEmpty();
    }

    /** The nested item in cell 3, then an item in cell 1 too long for its line, look like a 3-1 paragraph. */
    @Test
    void aNestedItemBeforeAnItemTooLongForItsLineStaysInTheList() throws Exception {
        assertThat(checkFixture("nested-item-before-a-long-item.md").differences()).isEmpty();
    }

    /** The second nested item would have fitted on the first's line, so cell 3 starts items and the first is one too. */
    @Test
    void nestedItemsAfterAFullLineAreItemsWhenOneOfThemWouldHaveFittedOnTheLineBefore() throws Exception {
        BrailleCheck check = checkFixture("nested-items-after-a-full-line.md");

        assertThat(check.differences()).isEmpty();
        assertThat(check.readAsItems()).isEmpty();
    }

    /** No line shows the runover cell, so "Medications at night" may be a runover or a nested item; the source has an item. */
    @Test
    void aNestedListWithoutRunoversIsReadAsNestedAndNamedButASimpleListKeepsItsRunovers() throws Exception {
        BrailleCheck check = checkFixture("nested-list-without-runovers.md");

        assertThat(check.differences()).isEmpty();
        assertThat(check.readAsItems()).extracting(UnprovenRunovers::where).containsExactly("page 1 line 3");
    }

    @Test
    void aNestedItemWithOtherWordsInAListWithoutRunoversIsStillWrongText() throws Exception {
        BrailleCheck check = checkFixture("nested-list-without-runovers.md", "  ,M$ICA;NS AT NI<T", "  ,M$ICA;NS AT NOON");

        assertThat(check.differences()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Difference.Kind.WRONG_TEXT);
            assertThat(f.expected()).isEqualTo("Medications at night");
            assertThat(f.found()).isEqualTo("Medications at noon");
        });
    }

    @Test
    void aNestedItemLostFromAListWithoutRunoversIsStillMissing() throws Exception {
        BrailleCheck check = checkFixture("nested-list-without-runovers.md", "  ,M$ICA;NS AT NI<T", null);

        assertThat(check.differences()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Difference.Kind.MISSING);
            assertThat(f.expected()).isEqualTo("Medications at night");
        });
    }

    @Test
    void everyBlockKindRoundTripsInBothGrades() throws Exception {
        assertThat(check(everyBlock, 1, BrailleFixtures.brf(everyBlock, 1)).passed()).isTrue();
        BrailleCheck contracted = check(everyBlock, 2, BrailleFixtures.brf(everyBlock, 2));
        assertThat(contracted.passed()).isTrue();
        assertThat(contracted.ambiguousWords()).extracting(w -> w.ambiguity().written()).containsExactly("https:");
    }

    @Test
    void firstPageInUnicodeBrailleIsTheBrfsFirstPage() throws Exception {
        BrfReading reading = read(seed, 2, BrailleFixtures.brf(seed, 2));
        String[] lines = reading.firstPageUnicode().split("\n", -1);
        assertThat(lines).hasSize(25);
        assertThat(lines[0]).isEqualTo("\u2800".repeat(13) + "\u2820\u2810\u2825\u280C\u282F\u282C\u2800\u2817\u2811\u2807\u2801\u280F\u280E\u2811");
        assertThat(lines[24]).endsWith("\u283C\u2801");
    }

    @Test
    void everyAmbiguityIsDocumentedWithItsReason() throws IOException {
        String doc = Files.readString(Path.of("docs/BRAILLE.md"));
        assertThat(ContractionAmbiguities.bundled().entries()).isNotEmpty().allSatisfy(entry -> {
            assertThat(doc).contains("`" + entry.written() + "`", "`" + entry.reads() + "`", entry.why());
        });
    }
}
