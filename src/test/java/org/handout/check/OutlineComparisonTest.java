package org.handout.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handout.check.Difference.Kind;
import org.handout.check.Outline.HeadingEntry;
import org.handout.check.Outline.ImageEntry;
import org.handout.check.Outline.LinkEntry;
import org.handout.check.Outline.ListEntry;
import org.handout.check.Outline.QuoteEntry;
import org.handout.check.Outline.TableEntry;
import org.junit.jupiter.api.Test;

class OutlineComparisonTest {

    private static final QuoteEntry FIRST_QUOTE = new QuoteEntry("“Relapse is part of recovery.”", Optional.of("Personal experience"));
    private static final QuoteEntry SECOND_QUOTE = new QuoteEntry("“If you’ve had a relapse, get right back on track.”",
            Optional.of("Personal experience"));

    private final OutlineComparison comparison = new OutlineComparison();

    /** A small handout outline with one of everything; tests change one thing in a copy. */
    private static Outline source() {
        return new Outline("Understanding relapse", "en-US",
                List.of(new HeadingEntry(1, "Understanding relapse"), new HeadingEntry(2, "Why does relapse happen?")),
                List.of(FIRST_QUOTE, SECOND_QUOTE),
                List.of(new ListEntry("“I was feeling really stressed”", 1), new ListEntry("“Only I know how I’m really feeling”", 1),
                        new ListEntry("Call a friend", 2)),
                List.of(new ImageEntry("A counselor talking with a patient", false), new ImageEntry("", true)),
                List.of(new TableEntry(List.of("Day", "What to do"))),
                List.of(new LinkEntry("support line", "https://example.org/help")));
    }

    private static Outline with(Outline o, List<HeadingEntry> headings, List<QuoteEntry> quotes, List<ListEntry> items) {
        return new Outline(o.title(), o.lang(), headings, quotes, items, o.images(), o.tables(), o.links());
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    private static <T> List<T> replaced(List<T> list, int index, T entry) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, entry);
        return copy;
    }

    @Test
    void identicalOutlinesHaveNoDifferences() {
        assertThat(comparison.compare(source(), source())).isEmpty();
    }

    @Test
    void aRemovedHeadingIsMissingAndNothingElse() {
        Outline found = with(source(), without(source().headings(), 0), source().quotes(), source().items());

        assertThat(comparison.compare(source(), found)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.MISSING);
            assertThat(d.describe()).isEqualTo("heading 1 \"Understanding relapse\" is missing");
        });
    }

    @Test
    void oneMissingListItemDoesNotMakeLaterItemsOutOfOrder() {
        Outline found = with(source(), source().headings(), source().quotes(), without(source().items(), 0));

        assertThat(comparison.compare(source(), found)).extracting(Difference::kind).containsExactly(Kind.MISSING);
    }

    @Test
    void anItemNotInTheSourceIsExtra() {
        List<ListEntry> items = new ArrayList<>(source().items());
        items.add(new ListEntry("Buy more opioids", 1));

        assertThat(comparison.compare(source(), with(source(), source().headings(), source().quotes(), items)))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(Kind.EXTRA);
                    assertThat(d.describe()).isEqualTo("list item 4 \"Buy more opioids\" is not in the source");
                });
    }

    @Test
    void aHeadingAtAnotherLevelIsWrongLevel() {
        Outline found = with(source(), replaced(source().headings(), 1, new HeadingEntry(3, "Why does relapse happen?")),
                source().quotes(), source().items());

        assertThat(comparison.compare(source(), found)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.WRONG_LEVEL);
            assertThat(d.describe()).isEqualTo("heading 2 \"Why does relapse happen?\" is at level 3 instead of level 2");
        });
    }

    @Test
    void aListItemAtAnotherDepthIsWrongLevel() {
        Outline found = with(source(), source().headings(), source().quotes(),
                replaced(source().items(), 2, new ListEntry("Call a friend", 1)));

        assertThat(comparison.compare(source(), found)).singleElement()
                .extracting(Difference::kind, Difference::expected, Difference::found)
                .containsExactly(Kind.WRONG_LEVEL, "depth 2", "depth 1");
    }

    @Test
    void swappedQuotesAreReportedOnceAsWrongOrder() {
        Outline found = with(source(), source().headings(), List.of(SECOND_QUOTE, FIRST_QUOTE), source().items());

        assertThat(comparison.compare(source(), found)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.WRONG_ORDER);
            assertThat(d.describe()).startsWith("quote ").contains("out of order");
        });
    }

    @Test
    void aQuoteWithoutItsAttributionLostTheAttribution() {
        Outline found = with(source(), source().headings(),
                List.of(FIRST_QUOTE, new QuoteEntry(SECOND_QUOTE.text(), Optional.empty())), source().items());

        assertThat(comparison.compare(source(), found)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.LOST_ATTRIBUTION);
            assertThat(d.describe())
                    .isEqualTo("quote 2 \"“If you’ve had a relapse, get right back…\" lost its attribution \"Personal experience\"");
        });
    }

    @Test
    void anAttributionRunIntoTheQuoteTextIsLostAttributionNotAMissingQuote() {
        QuoteEntry runTogether = new QuoteEntry(SECOND_QUOTE.text() + " — Personal experience", Optional.empty());
        Outline found = with(source(), source().headings(), List.of(FIRST_QUOTE, runTogether), source().items());

        assertThat(comparison.compare(source(), found)).extracting(Difference::kind).containsExactly(Kind.LOST_ATTRIBUTION);
    }

    @Test
    void anotherAttributionIsWrongAttribution() {
        Outline found = with(source(), source().headings(),
                List.of(FIRST_QUOTE, new QuoteEntry(SECOND_QUOTE.text(), Optional.of("A counselor"))), source().items());

        assertThat(comparison.compare(source(), found)).singleElement()
                .extracting(Difference::kind, Difference::found).containsExactly(Kind.WRONG_ATTRIBUTION, "A counselor");
    }

    @Test
    void anAttributionPrintedWithItsDashStillMatches() {
        Outline found = with(source(), source().headings(),
                List.of(FIRST_QUOTE, new QuoteEntry(SECOND_QUOTE.text(), Optional.of("— Personal experience"))), source().items());

        assertThat(comparison.compare(source(), found)).isEmpty();
    }

    @Test
    void aQuoteFoundAsAListItemIsWrongRoleReportedOnce() {
        List<ListEntry> items = new ArrayList<>(source().items());
        items.add(0, new ListEntry(FIRST_QUOTE.text(), 1));
        Outline found = with(source(), source().headings(), List.of(SECOND_QUOTE), items);

        assertThat(comparison.compare(source(), found)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.WRONG_ROLE);
            assertThat(d.describe()).isEqualTo("quote 1 \"“Relapse is part of recovery.”\" is tagged as a list item instead of a quote");
        });
    }

    @Test
    void aChangedChineseCharacterIsWrongTextNotMissingPlusExtra() {
        Outline chinese = with(source(), source().headings(), source().quotes(), List.of(new ListEntry("用肥皂搓洗20秒。", 1)));
        Outline found = with(source(), source().headings(), source().quotes(), List.of(new ListEntry("用肥皂搓洗30秒。", 1)));

        assertThat(comparison.compare(chinese, found)).singleElement()
                .extracting(Difference::kind).isEqualTo(Kind.WRONG_TEXT);
    }

    @Test
    void aChineseItemBrokenAcrossLinesReadsAsItself() {
        Outline chinese = with(source(), source().headings(), source().quotes(), List.of(new ListEntry("冲洗干净，再用干净的毛巾擦干。", 1)));
        Outline found = with(source(), source().headings(), source().quotes(), List.of(new ListEntry("冲洗干净，再用干净 的毛巾擦干。", 1)));

        assertThat(comparison.compare(chinese, found)).isEmpty();
    }

    @Test
    void aChangedWordIsWrongTextNotMissingPlusExtra() {
        Outline found = with(source(), source().headings(), source().quotes(),
                replaced(source().items(), 0, new ListEntry("“I was feeling very stressed”", 1)));

        assertThat(comparison.compare(source(), found)).singleElement()
                .extracting(Difference::kind, Difference::found).containsExactly(Kind.WRONG_TEXT, "“I was feeling very stressed”");
    }

    @Test
    void anImageThatBecameDecorativeLostItsAlt() {
        Outline s = source();
        Outline found = new Outline(s.title(), s.lang(), s.headings(), s.quotes(), s.items(),
                List.of(new ImageEntry("", true)), s.tables(), s.links());

        assertThat(comparison.compare(s, found)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.LOST_ALT);
            assertThat(d.describe()).isEqualTo(
                    "image 1 \"A counselor talking with a patient\" lost its alternative text \"A counselor talking with a patient\" (now decorative)");
        });
    }

    @Test
    void aDecorativeImageMayBeAbsentAsAnArtifact() {
        Outline s = source();
        Outline found = new Outline(s.title(), s.lang(), s.headings(), s.quotes(), s.items(),
                List.of(new ImageEntry("A counselor talking with a patient", false)), s.tables(), s.links());

        assertThat(comparison.compare(s, found)).isEmpty();
    }

    @Test
    void aMissingTableHeaderRowMakesTheTableMissing() {
        Outline s = source();
        Outline found = new Outline(s.title(), s.lang(), s.headings(), s.quotes(), s.items(), s.images(), List.of(), s.links());

        assertThat(comparison.compare(s, found)).singleElement()
                .extracting(Difference::kind, Difference::element).containsExactly(Kind.MISSING, "table 1 (Day, What to do)");
    }

    @Test
    void aLinkToAnotherAddressIsWrongTarget() {
        Outline s = source();
        Outline found = new Outline(s.title(), s.lang(), s.headings(), s.quotes(), s.items(), s.images(), s.tables(),
                List.of(new LinkEntry("support line", "https://example.org/")));

        assertThat(comparison.compare(s, found)).singleElement()
                .extracting(Difference::kind).isEqualTo(Kind.WRONG_TARGET);
    }

    @Test
    void aMissingLanguageIsWrongLanguage() {
        Outline s = source();
        Outline found = new Outline(s.title(), "", s.headings(), s.quotes(), s.items(), s.images(), s.tables(), s.links());

        assertThat(comparison.compare(s, found)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.WRONG_LANGUAGE);
            assertThat(d.describe()).isEqualTo("the document language is not set (expected en-US)");
        });
    }

    @Test
    void languageTagsCompareWithoutRegardToCase() {
        Outline s = source();
        Outline found = new Outline(s.title(), "EN-us", s.headings(), s.quotes(), s.items(), s.images(), s.tables(), s.links());

        assertThat(comparison.compare(s, found)).isEmpty();
    }

    @Test
    void anotherTitleIsWrongTitle() {
        Outline s = source();
        Outline found = new Outline("Untitled", s.lang(), s.headings(), s.quotes(), s.items(), s.images(), s.tables(), s.links());

        assertThat(comparison.compare(s, found)).singleElement()
                .extracting(Difference::kind, Difference::expected, Difference::found)
                .containsExactly(Kind.WRONG_TITLE, "Understanding relapse", "Untitled");
    }

    @Test
    void textsThatDifferOnlyInEncodingMatch() {
        Outline found = with(source(), source().headings(),
                List.of(new QuoteEntry("\"Relapse is part of re\u00ADcov-\nery.\"", Optional.of("-- Personal\u00A0experience")),
                        new QuoteEntry("\u201CIf you've had a re\u200Blapse,  get right back on track.\u201D",
                                Optional.of("Personal experience"))),
                source().items());

        assertThat(comparison.compare(source(), found)).isEmpty();
    }

    @Test
    void differencesAreListedInDocumentOrder() {
        Outline s = source();
        Outline found = new Outline(s.title(), "fr", without(s.headings(), 1), List.of(FIRST_QUOTE), s.items(),
                s.images(), s.tables(), s.links());

        assertThat(comparison.compare(s, found)).extracting(Difference::kind)
                .containsExactly(Kind.WRONG_LANGUAGE, Kind.MISSING, Kind.MISSING);
    }
}
