package org.handout.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TextComparisonTest {

    private static final String P1 = "A relapse simply means starting to misuse opioids again.";
    private static final String P2 = "Either way, it is a common setback and not a failure.";
    private static final String P3 = "Quitting opioid misuse could be one of the hardest things you will ever do.";
    private static final String P4 = "There are many different reasons why you might relapse.";

    private static List<TextBlock> text(Consumer<TextBlocks> content) {
        TextBlocks blocks = new TextBlocks();
        content.accept(blocks);
        return blocks.blocks();
    }

    private static List<TextBlock> paragraphs(String... texts) {
        return text(blocks -> List.of(texts).forEach(blocks::paragraph));
    }

    private static List<String> differences(List<TextBlock> expected, List<TextBlock> found) {
        return TextComparison.compare(expected, FoundText.of(found)).stream().map(TextDifference::describe).toList();
    }

    @Test
    void theSameTextHasNoDifferences() {
        assertThat(differences(paragraphs(P1, P2, P3), paragraphs(P1, P2, P3))).isEmpty();
    }

    @Test
    void aWordALineEndBrokeWithoutASpaceReadsAsTheSourcesOneWord() {
        String broken = P3.replace("hardest", "hard" + ReadingWords.UNSPACED_LINE_END + "est");

        assertThat(differences(paragraphs(P3), paragraphs(broken))).isEmpty();
    }

    @Test
    void aLineEndWithoutASpaceBetweenTwoSourceWordsReadsAsTheSpace() {
        String forced = P3.replace("the hardest", "the" + ReadingWords.UNSPACED_LINE_END + "hardest");

        assertThat(differences(paragraphs(P3), paragraphs(forced))).isEmpty();
    }

    @Test
    void partsALineEndBrokeApartThatMakeNoSourceWordStayApart() {
        String glued = P3.replace("the hardest", "th" + ReadingWords.UNSPACED_LINE_END + "ehardest");

        assertThat(differences(paragraphs(P3), paragraphs(glued))).containsExactly("paragraph 1: \"the hardest\" reads \"thehardest\"");
    }

    @Test
    void aDroppedParagraphIsMissingWithItsFirstWords() {
        assertThat(differences(paragraphs(P1, P2, P3, P4), paragraphs(P1, P2, P4)))
                .containsExactly("paragraph 3 \"Quitting opioid misuse could…\" is missing");
    }

    @Test
    void aChangedWordReadsAsTheOneFound() {
        assertThat(differences(paragraphs(P1, P2, P3), paragraphs(P1, P2, P3.replace("hardest", "easiest"))))
                .containsExactly("paragraph 3: \"hardest\" reads \"easiest\"");
    }

    @Test
    void twoSwappedParagraphsAreInTheWrongOrder() {
        assertThat(differences(paragraphs(P1, P2, P3, P4), paragraphs(P1, P2, P4, P3)))
                .containsExactly("paragraphs 3 and 4 are in the wrong order");
    }

    @Test
    void aParagraphMovedFarIsOutOfOrderAfterItsNewNeighbour() {
        assertThat(differences(paragraphs(P1, P2, P3, P4), paragraphs(P2, P3, P4, P1)))
                .containsExactly("paragraph 1 \"A relapse simply means…\" is out of order (found after paragraph 4)");
    }

    @Test
    void anEmptiedTableCellIsMissingUnderItsHeader() {
        List<TextBlock> expected = text(blocks -> blocks.table(List.of("Medicine", "Dose"),
                List.of(List.of("Buprenorphine", "8 mg"), List.of("Naloxone", "4 mg"))));
        List<TextBlock> found = text(blocks -> blocks.table(List.of("Medicine", "Dose"),
                List.of(List.of("Buprenorphine", ""), List.of("Naloxone", "4 mg"))));
        assertThat(differences(expected, found)).containsExactly("table 1, row 1, \"Dose\": \"8 mg\" is missing");
    }

    @Test
    void aParagraphNotInTheSourceIsNamedWithWhatItFollows() {
        assertThat(differences(paragraphs(P1, P2), paragraphs(P1, "Call us any time.", P2)))
                .containsExactly("\"Call us any time.\" is not in the source (after paragraph 1)");
    }

    @Test
    void wordsMissingFromAParagraphAreNamedWithTheWordsBefore() {
        assertThat(differences(paragraphs(P2), paragraphs(P2.replace(" not a failure", ""))))
                .containsExactly("paragraph 1: \"not a failure\" is missing after \"common setback and\"");
    }

    @Test
    void blocksSplitOrJoinedDifferentlyReadAsTheSameWords() {
        List<TextBlock> expected = text(blocks -> {
            blocks.openList();
            blocks.openItem();
            blocks.paragraph("An item with one paragraph.");
            blocks.paragraph("The same item carries a second paragraph.");
            blocks.close();
            blocks.close();
        });
        List<TextBlock> found = text(blocks -> {
            blocks.openList();
            blocks.openItem();
            blocks.paragraph("An item with one paragraph.\nThe same item carries a second paragraph.");
            blocks.close();
            blocks.close();
        });
        assertThat(differences(expected, found)).isEmpty();
    }

    @Test
    void quotesDashesSoftHyphensLigaturesAndCompositionReadAlike() {
        assertThat(differences(paragraphs("“Don’t” – a re\u00ADlapse, de\u0301ja\u0300 vu, a film"),
                paragraphs("\"Don't\" - a relapse, d\u00E9j\u00E0 vu, a \uFB01lm"))).isEmpty();
    }

    @Test
    void aLineEndNextToPunctuationReadsAsNoSpace() {
        assertThat(differences(paragraphs("Take it morning and/or evening."),
                paragraphs("Take it morning and/\nor evening."))).isEmpty();
    }

    @Test
    void arabicPresentationFormsReadAsTheLettersTheyShow() {
        assertThat(differences(paragraphs("مرحبا بكم"), paragraphs("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E \uFE91\uFEDC\uFEE2")))
                .isEmpty();
    }

    @Test
    void aLineEndBetweenChineseCharactersReadsAsNoSpace() {
        assertThat(differences(paragraphs("用肥皂洗手20秒。"), paragraphs("用肥皂洗\n手20秒。"))).isEmpty();
    }

    @Test
    void aChangedChineseCharacterIsADifferenceOfThatCharacterAlone() {
        assertThat(differences(paragraphs("用肥皂洗手。"), paragraphs("用清皂洗手。")))
                .containsExactly("paragraph 1: \"肥\" reads \"清\"");
    }

    @Test
    void aSpaceLostBetweenKoreanWordsIsADifference() {
        assertThat(differences(paragraphs("식사 전과 화장실 사용 후에 손을 씻으세요."), paragraphs("식사 전과 화장실 사용 후에 손을씻으세요.")))
                .singleElement().asString().startsWith("paragraph 1: ").contains("손을씻으세요");
    }

    @Test
    void aSpaceAddedInsideAKoreanWordIsADifference() {
        assertThat(differences(paragraphs("화장실 사용 후에"), paragraphs("화장실 사\n용 후에"))).hasSize(1);
    }

    @Test
    void aSpaceLostBetweenLettersIsADifference() {
        assertThat(differences(paragraphs("Take 8 mg today."), paragraphs("Take 8mg today.")))
                .containsExactly("paragraph 1: \"8 mg\" reads \"8mg\"");
    }

    @Test
    void caseCounts() {
        assertThat(differences(paragraphs("Call Riverside Clinic."), paragraphs("Call riverside clinic.")))
                .containsExactly("paragraph 1: \"Riverside Clinic\" reads \"riverside clinic\"");
    }

    @Test
    void theDashAFormatPrintsBeforeAnAttributionIsNotAWord() {
        List<TextBlock> expected = text(blocks -> {
            blocks.openQuote();
            blocks.paragraph("Relapse is part of recovery.");
            blocks.attribution("Personal experience");
            blocks.close();
        });
        List<TextBlock> found = text(blocks -> {
            blocks.openQuote();
            blocks.paragraph("Relapse is part of recovery.");
            blocks.attribution("— Personal experience");
            blocks.close();
        });
        assertThat(differences(expected, found)).isEmpty();
    }

    @Test
    void aChangedLinkTargetReadsAsTheTargetFound() {
        List<TextBlock> expected = text(blocks -> {
            blocks.paragraph("Call the help line.");
            blocks.linkTarget("tel:+15550100");
        });
        List<TextBlock> found = text(blocks -> {
            blocks.paragraph("Call the help line.");
            blocks.linkTarget("tel:+15550199");
        });
        assertThat(differences(expected, found)).containsExactly("link 1 target: \"15550100\" reads \"15550199\"");
    }

    @Test
    void textTaggedButNotDrawnIsNamedByItsPlaceInTheSource() {
        List<TextBlock> blocks = paragraphs(P1, P2, P3);
        FoundText found = new FoundText(blocks, List.of(new FoundText.NotDrawn(2, P3)), List.of());
        assertThat(TextComparison.compare(blocks, found)).extracting(TextDifference::describe)
                .containsExactly("paragraph 3: \"Quitting opioid misuse could…\" is tagged but not drawn");
    }

    @Test
    void textDrawnOutsideTagsAndArtifactsIsNamedByItsPage() {
        List<TextBlock> blocks = paragraphs(P1);
        FoundText found = new FoundText(blocks, List.of(), List.of(new FoundText.Untagged(2, "Call 555-0199 now")));
        assertThat(TextComparison.compare(blocks, found)).extracting(TextDifference::describe)
                .containsExactly("page 2: \"Call 555-0199 now\" is drawn but neither tagged nor an artifact");
    }

    @Test
    void aLongTextWithOneChangeIsComparedQuickly() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            texts.add("Paragraph number " + i + " says something a patient needs to know about medicine " + i + ".");
        }
        List<String> changed = new ArrayList<>(texts);
        changed.set(1000, changed.get(1000).replace("patient", "person"));
        long start = System.nanoTime();
        List<String> differences = differences(paragraphs(texts.toArray(String[]::new)),
                paragraphs(changed.toArray(String[]::new)));
        assertThat(differences).containsExactly("paragraph 1001: \"patient\" reads \"person\"");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
