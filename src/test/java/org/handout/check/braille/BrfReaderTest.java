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

    /** BANA leaves out a blank line at the top of a page, so a list after a nested list's page end meets it there. */
    @Test
    void aListStartingAtThePageTopAfterANestedListKeepsItsOwnRunoverCell() throws Exception {
        Handout lists = BrailleFixtures.parse(Path.of("src/test/resources/braille/list-after-nested-list-at-page-end.md"));

        assertThat(check(lists, 2, BrailleFixtures.brf(lists, 2)).differences()).isEmpty();
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
