package org.handout.render.html;

import org.handout.model.LanguageVersion;
import java.util.Locale;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.handout.Fixtures;
import org.handout.check.ContrastRatio;
import org.handout.check.StylesheetContrast;
import org.handout.model.Handout;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.source.HandoutParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static final Path SEED = Fixtures.SEED;
    private static final Path EVERY_BLOCK = Fixtures.EVERY_BLOCK;

    private static String seedHtml;
    private static Document seed;
    private static Document everyBlock;

    @BeforeAll
    static void render() throws Exception {
        seedHtml = render(SEED);
        seed = Jsoup.parse(seedHtml);
        everyBlock = Jsoup.parse(render(EVERY_BLOCK));
    }

    private static String render(Path source) throws Exception {
        Handout handout = new HandoutParser().parse(source).handout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer().write(handout, Profile.standard(PageSize.LETTER), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void declaresDoctypeLanguageCharsetViewportAndTitle() {
        assertThat(seedHtml).startsWith("<!doctype html>");
        assertThat(seed.selectFirst("html").attr("lang")).isEqualTo("en-US");
        assertThat(seed.select("meta[charset]")).hasSize(1);
        assertThat(seed.selectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(seed.title()).isEqualTo("Understanding relapse");
    }

    @Test
    void describesItselfWithSummaryKeywordsAndAuthor() {
        assertThat(seed.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("What a relapse is, why it happens, and what to do after one.");
        assertThat(seed.selectFirst("meta[name=keywords]").attr("content")).isEqualTo("relapse, opioids, recovery");
        assertThat(everyBlock.selectFirst("meta[name=author]").attr("content")).isEqualTo("Riverside Clinic");
        assertThat(everyBlock.selectFirst("html").attr("lang")).isEqualTo("de-DE");
    }

    @Test
    void skipLinkLeadsToTheMainLandmarkHoldingTheArticle() {
        Element skip = seed.body().child(0);
        assertThat(skip.tagName()).isEqualTo("a");
        assertThat(skip.attr("href")).isEqualTo("#main");
        assertThat(seed.select("main#main > article")).hasSize(1);
    }

    @Test
    void headingsKeepTheirLevelsAndText() {
        assertThat(seed.select("article h1").eachText()).containsExactly("Understanding relapse");
        assertThat(seed.select("article h2").eachText()).containsExactly("Why does relapse happen?");
    }

    @Test
    void attributedQuotesAreFiguresWithTheAttributionAsCaption() {
        assertThat(seed.select("figure.quote")).hasSize(4).allSatisfy(figure -> {
            assertThat(figure.select("> blockquote > p")).isNotEmpty();
            assertThat(figure.selectFirst("> figcaption").text()).isEqualTo("— Personal experience");
        });
        assertThat(seed.selectFirst("figure.quote blockquote").text())
                .isEqualTo("“Relapse is part of recovery and relapsing doesn’t mean you’re not going to succeed in the end.”");
    }

    @Test
    void quoteWithoutAttributionIsABareBlockquote() {
        Element bare = everyBlock.selectFirst("blockquote.quote");
        assertThat(bare.parent().tagName()).isEqualTo("article");
        assertThat(bare.text()).isEqualTo("A quote without anyone named.");
        assertThat(everyBlock.selectFirst("figure.quote figcaption").html()).isEqualTo("— Someone <em>wise</em>");
    }

    @Test
    void listsAreRealListsWithNestedListsInsideTheirItem() {
        assertThat(seed.select("article ul > li")).hasSize(4);
        Element ordered = everyBlock.selectFirst("article ol");
        assertThat(ordered.select("> li")).hasSize(2);
        assertThat(ordered.select("> li").get(1).select("> ul > li").eachText())
                .containsExactly("A nested point", "Another nested point");
    }

    @Test
    void tablesHaveAHeadRowOfColumnHeaders() {
        assertThat(everyBlock.select("table > thead > tr > th[scope=col]").eachText()).containsExactly("Time", "Dose");
        assertThat(everyBlock.select("table > tbody > tr")).hasSize(2);
    }

    @Test
    void everyBodyCellCarriesItsColumnHeaderForTheStackedPhoneLayout() {
        assertThat(everyBlock.select("table > tbody > tr").first().select("td").eachAttr("data-label"))
                .containsExactly("Time", "Dose");
    }

    @Test
    void imagesAreEmbeddedSoTheFileIsSelfContained() {
        assertThat(everyBlock.select("img")).hasSize(2)
                .allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,iVBOR"));
        assertThat(everyBlock.select("img").get(0).attr("alt")).isEqualTo("The clinic's front door");
    }

    @Test
    void decorativeImagesAreHiddenFromAssistiveTechnology() {
        Element decorative = everyBlock.select("img").get(1);
        assertThat(decorative.hasAttr("alt")).isTrue();
        assertThat(decorative.attr("alt")).isEmpty();
        assertThat(decorative.attr("role")).isEqualTo("presentation");
    }

    @Test
    void notesAreLabelledAsidesWithAVisibleLabel() {
        Element note = everyBlock.selectFirst("aside.note.note-warning");
        assertThat(note.attr("aria-label")).isEqualTo("Warning");
        assertThat(note.child(0).select("strong").text()).isEqualTo("Warning");
        assertThat(note.text()).endsWith("Do not mix this medicine with alcohol.");
    }

    @Test
    void inlineRunsBecomeTheirElements() {
        Element paragraph = everyBlock.selectFirst("article p");
        assertThat(paragraph.select("em").text()).isEqualTo("emphasis");
        assertThat(paragraph.select("strong").text()).isEqualTo("strong text");
        assertThat(paragraph.select("code").text()).isEqualTo("555-0100");
        assertThat(paragraph.select("a").attr("href")).isEqualTo("https://example.org/help?a=1&b=2");
        assertThat(paragraph.select("br")).hasSize(1);
    }

    @Test
    void markupInTheSourceIsTextNeverElements() {
        assertThat(everyBlock.select("script")).isEmpty();
        assertThat(everyBlock.selectFirst("article p").text()).contains("<script>alert(1)</script>");
        assertThat(everyBlock.selectFirst("meta[name=description]").attr("content")).contains("& some <markup>");
    }

    @Test
    void footerCarriesOrganizationAndReviewDate() {
        assertThat(everyBlock.selectFirst("body > footer").text()).isEqualTo("Riverside Clinic · Reviewed 2026-11-01");
        assertThat(seed.select("footer")).isEmpty();
    }

    @Test
    void loadsNothingFromOutside() {
        assertThat(seed.select("link:not([rel=alternate]), script, iframe, [src^=http], [src^=file]")).isEmpty();
        assertThat(seed.select("head > style").last().data()).contains("max-width");
        assertThat(seed.select("head > style").stream().map(Element::data)).allSatisfy(css ->
                assertThat(css.replace("url(data:", "")).doesNotContain("url("));
    }

    @Test
    void renderingTwiceGivesTheSameBytes() throws Exception {
        assertThat(render(SEED)).isEqualTo(seedHtml);
    }

    @Test
    void webStylesheetColoursMeetWcagAa() {
        assertThat(StylesheetContrast.failures(WebStylesheet.of(Profile.standard(PageSize.LETTER)), ContrastRatio.STANDARD_MINIMUM)).isEmpty();
    }

    @Test
    void embedsAtkinsonHyperlegibleAsWoff2SoThePageStaysOneFile() {
        String fonts = seed.selectFirst("head > style").data();

        assertThat(fonts).contains("@font-face{font-family:\"Atkinson Hyperlegible\"", "src:url(data:font/woff2;base64,");
        assertThat(seed.selectFirst("head > style").data()).contains("font-weight:400", "font-weight:700");
    }

    @Test
    void linksTheLargePrintPageFromOutsideTheMainContent() {
        assertThat(seed.select("nav.versions a").eachAttr("href")).containsExactly("understanding-relapse-large-print.html");
        assertThat(seed.selectFirst("nav.versions").nextElementSibling().tagName()).isEqualTo("main");
    }

    @Test
    void largePrintPageHasTheLargePrintProfilesSizesAndLinksBack() throws Exception {
        Handout handout = new HandoutParser().parse(SEED).handout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer().write(handout, Profile.largePrint(PageSize.LETTER), out);
        Document large = Jsoup.parse(out.toString(StandardCharsets.UTF_8));

        assertThat(large.select("head > style").last().data()).contains("body { font-size: 1.5rem; line-height: 1.5; }",
                "h1 { font-size: 2.3333rem;", "em, i, cite { font-style: normal; font-weight: bold; }");
        assertThat(large.select("nav.versions a").eachAttr("href")).containsExactly("understanding-relapse.html");
        assertThat(large.selectFirst("nav.versions a").text()).isEqualTo("Standard print");
    }

    @Test
    void linksItsOtherLanguagesByTheirOwnNamesAndAsAlternates() throws Exception {
        Handout handout = new HandoutParser().parse(SEED).handout().withOtherLanguages(List.of(
                new LanguageVersion("understanding-relapse-es", Locale.forLanguageTag("es-US")),
                new LanguageVersion("understanding-relapse-vi", Locale.forLanguageTag("vi"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer().write(handout, Profile.standard(PageSize.LETTER), out);
        Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));

        assertThat(page.select("link[rel=alternate]")).extracting(e -> e.attr("hreflang") + " " + e.attr("href"))
                .containsExactly("es-US ../understanding-relapse-es/understanding-relapse-es.html",
                        "vi ../understanding-relapse-vi/understanding-relapse-vi.html");
        assertThat(page.select("nav.versions p").last().text()).isEqualTo("Also in: Español, Tiếng Việt");
        assertThat(page.select("nav.versions p").last().select("a").eachAttr("lang")).containsExactly("es-US", "vi");
    }
}
