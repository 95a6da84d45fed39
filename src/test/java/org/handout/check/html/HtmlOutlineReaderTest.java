package org.handout.check.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handout.Fixtures;
import org.handout.check.Outline;
import org.handout.check.Outline.HeadingEntry;
import org.handout.check.Outline.ImageEntry;
import org.handout.check.Outline.LinkEntry;
import org.handout.check.Outline.ListEntry;
import org.handout.check.Outline.QuoteEntry;
import org.handout.check.OutlineComparison;
import org.handout.check.OutputFixtures;
import org.handout.model.Handout;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.render.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlOutlineReaderTest {

    @TempDir
    Path dir;

    private final HtmlOutlineReader reader = new HtmlOutlineReader();

    private Outline read(String body) {
        return reader.read(Jsoup.parse("<!DOCTYPE html><html lang=\"en-US\"><head><title>T</title></head><body>" + body
                + "</body></html>"));
    }

    @Test
    void theSeedPageCarriesEverythingTheSourceHas() throws IOException {
        Outline found = reader.read(OutputFixtures.SEED_HTML);

        assertThat(new OutlineComparison().compare(OutputFixtures.seedOutline(), found)).isEmpty();
    }

    /** The files the real renderer writes, not only hand-made ones, which could drift from it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.handout.Fixtures#renderedHandouts")
    void aPageTheRendererWroteReadsBackAsItsHandoutsOutline(Path source) throws Exception {
        Handout handout = Fixtures.parse(source);
        Path html = dir.resolve(handout.slug() + ".html");
        try (OutputStream out = Files.newOutputStream(html)) {
            new HtmlRenderer().write(handout, Profile.standard(PageSize.LETTER), out);
        }

        assertThat(new OutlineComparison().compare(Outline.of(handout), reader.read(html))).isEmpty();
    }

    @Test
    void titleAndLanguageComeFromTheTitleElementAndHtmlLang() {
        Outline outline = reader.read(Jsoup.parse("<html lang=\"es-MX\"><head><title>Entender la recaída</title></head></html>"));

        assertThat(outline.title()).isEqualTo("Entender la recaída");
        assertThat(outline.lang()).isEqualTo("es-MX");
    }

    @Test
    void aPageWithoutLangHasAnEmptyLanguage() {
        assertThat(reader.read(Jsoup.parse("<html><body><p>x</p></body></html>")).lang()).isEmpty();
    }

    @Test
    void headingsComeFromHeadingElementsAndAriaHeadingsInDocumentOrder() {
        Outline outline = read("<h1>One</h1><div role=\"heading\" aria-level=\"3\">Three</div><h2>Two</h2>");

        assertThat(outline.headings()).containsExactly(
                new HeadingEntry(1, "One"), new HeadingEntry(3, "Three"), new HeadingEntry(2, "Two"));
    }

    @Test
    void onlyTheMainLandmarkIsReadWhenThePageHasOne() {
        Outline outline = read("<a class=\"skip-link\" href=\"#main\">Skip to content</a><nav><h2>Site</h2></nav>"
                + "<main id=\"main\"><h1>Handout</h1><a href=\"https://example.org\">source</a></main><footer><h2>Contact</h2></footer>");

        assertThat(outline.headings()).containsExactly(new HeadingEntry(1, "Handout"));
        assertThat(outline.links()).containsExactly(new LinkEntry("source", "https://example.org"));
    }

    @Test
    void aPageWithoutAMainLandmarkIsReadWhole() {
        assertThat(read("<nav><h2>Site</h2></nav><h1>Handout</h1>").headings())
                .containsExactly(new HeadingEntry(2, "Site"), new HeadingEntry(1, "Handout"));
    }

    @Test
    void whatIsHiddenFromAssistiveTechnologyIsNotRead() {
        Outline outline = read("<h1>Shown</h1><h2 hidden>Hidden</h2><div aria-hidden=\"true\"><ul><li>Hidden item</li></ul></div>");

        assertThat(outline.headings()).containsExactly(new HeadingEntry(1, "Shown"));
        assertThat(outline.items()).isEmpty();
    }

    @Test
    void anAriaHiddenImageIsDecorative() {
        assertThat(read("<img src=\"a.png\" alt=\"flourish\" aria-hidden=\"true\">").images())
                .containsExactly(new ImageEntry("flourish", true));
    }

    @Test
    void aParagraphMarkedAsAttributionIsTheQuotesAttributionWithoutItsDash() {
        Outline outline = read("<blockquote><p>“First.”</p><p>Second.</p><p class=\"attribution\">— Personal experience</p></blockquote>");

        assertThat(outline.quotes()).containsExactly(new QuoteEntry("“First.” Second.", Optional.of("Personal experience")));
    }

    @Test
    void theFigcaptionOfAnEnclosingFigureIsTheQuotesAttribution() {
        Outline outline = read("<figure><blockquote><p>“Quote.”</p></blockquote><figcaption>— A counselor</figcaption></figure>");

        assertThat(outline.quotes()).containsExactly(new QuoteEntry("“Quote.”", Optional.of("A counselor")));
    }

    @Test
    void aCiteOrFooterInsideTheQuoteIsItsAttribution() {
        Outline outline = read("<blockquote><p>“One.”</p><p>— <cite>A nurse</cite></p></blockquote>"
                + "<blockquote><p>“Two.”</p><footer>A doctor</footer></blockquote>");

        assertThat(outline.quotes()).containsExactly(
                new QuoteEntry("“One.”", Optional.of("A nurse")), new QuoteEntry("“Two.”", Optional.of("A doctor")));
    }

    @Test
    void aLastParagraphStartingWithADashIsTheAttributionOfAnUnmarkedQuote() {
        Outline outline = read("<blockquote><p>“Quote.”</p><p>-- A peer</p></blockquote>");

        assertThat(outline.quotes()).containsExactly(new QuoteEntry("“Quote.”", Optional.of("A peer")));
    }

    @Test
    void aQuoteWithoutAttributionHasNone() {
        assertThat(read("<blockquote>Just words.</blockquote>").quotes())
                .containsExactly(new QuoteEntry("Just words.", Optional.empty()));
    }

    @Test
    void aListItemHasItsOwnTextAndItsNestingDepth() {
        Outline outline = read("<ul><li>Outer <strong>item</strong><ol><li>Inner</li></ol></li><li>Next</li></ul>");

        assertThat(outline.items()).containsExactly(
                new ListEntry("Outer item", 1), new ListEntry("Inner", 2), new ListEntry("Next", 1));
    }

    @Test
    void anImageWithEmptyAltIsDecorativeAndOneWithoutAltIsNot() {
        Outline outline = read("<img src=\"a.png\" alt=\"A counselor\"><img src=\"b.png\" alt=\"\"><img src=\"c.png\">");

        assertThat(outline.images()).containsExactly(
                new ImageEntry("A counselor", false), new ImageEntry("", true), new ImageEntry("", false));
    }

    @Test
    void aTablesHeadersAreTheHeaderCellsOfItsFirstRow() {
        Outline outline = read("<table><thead><tr><th>Day</th><th>What to do</th></tr></thead>"
                + "<tbody><tr><th>1</th><td>Rest</td></tr></tbody></table>");

        assertThat(outline.tables()).singleElement().extracting(Outline.TableEntry::headers)
                .isEqualTo(java.util.List.of("Day", "What to do"));
    }

    @Test
    void linksCarryTheirTextAndTarget() {
        Outline outline = read("<p>Call the <a href=\"tel:+18006624357\">helpline</a>. <a name=\"anchor\">not a link</a></p>");

        assertThat(outline.links()).containsExactly(new LinkEntry("helpline", "tel:+18006624357"));
    }
}
