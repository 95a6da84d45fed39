package org.handout.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.handout.model.Handout;
import org.handout.model.LanguageVersion;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.source.HandoutParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlLanguageTest {

    private static Document page(String fixture) throws Exception {
        return page(fixture, Profile.standard(PageSize.LETTER));
    }

    private static Document page(String fixture, Profile profile) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer().write(new HandoutParser().parse(Path.of("src/test/resources/languages", fixture)).handout(),
                profile, out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    /** Every style of the page: the embedded font faces come first, then the page's own rules. */
    private static String styles(Document page) {
        return page.select("style").stream().map(style -> style.data()).collect(Collectors.joining("\n"));
    }

    @Test
    void aJapanesePageAsksForJapaneseShapesBeforeTheSystemFonts() throws Exception {
        Document japanese = page("ja.md");

        assertThat(japanese.selectFirst("html").attr("lang")).isEqualTo("ja");
        assertThat(styles(japanese))
                .contains("body { font-family: \"Atkinson Hyperlegible\", \"Noto Sans JP\", Verdana, Arial, sans-serif; }");
    }

    @Test
    void aVietnamesePageAsksForNotoSansFirst() throws Exception {
        assertThat(styles(page("vi.md"))).contains("body { font-family: \"Noto Sans\", Verdana");
    }

    @Test
    void aJapanesePageEmbedsAtkinsonHyperlegibleForItsLatinText() throws Exception {
        assertThat(styles(page("ja.md"))).contains("@font-face{font-family:\"Atkinson Hyperlegible\"");
    }

    /** Its font list leaves Atkinson out (it lacks Vietnamese letters), so the page would never draw with it. */
    @Test
    void aVietnamesePageEmbedsNoFont() throws Exception {
        assertThat(styles(page("vi.md"))).doesNotContain("@font-face");
    }

    @Test
    void aLargePrintHebrewPageRunsRightToLeftInItsLanguage() throws Exception {
        Document hebrew = page("he.md", Profile.largePrint(PageSize.LETTER));

        assertThat(hebrew.selectFirst("html").attr("lang")).isEqualTo("he");
        assertThat(hebrew.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(styles(hebrew)).contains("body { font-family: \"Atkinson Hyperlegible\", \"Noto Sans Hebrew\"");
    }

    @Test
    void aHebrewPageRunsRightToLeft() throws Exception {
        assertThat(page("he.md").selectFirst("html").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void anEnglishPageRunsLeftToRight() throws Exception {
        assertThat(page("vi.md").selectFirst("html").attr("dir")).isEqualTo("ltr");
    }

    /** The links to the other print size and languages are page words: an Arabic page says them in Arabic. */
    @Test
    void anArabicPageNamesItsOtherVersionsInArabicAndEachLanguageInItsOwnDirection() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Handout arabic = new HandoutParser().parse(Path.of("src/test/resources/languages/ar.md")).handout()
                .withOtherLanguages(List.of(new LanguageVersion("handwashing", Locale.ENGLISH),
                        new LanguageVersion("he", Locale.forLanguageTag("he"))));
        new HtmlRenderer().write(arabic, Profile.standard(PageSize.LETTER), out);
        Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));

        assertThat(page.selectFirst("nav.versions").attr("aria-label")).isEqualTo("نسخ أخرى");
        assertThat(page.selectFirst("nav.versions a").text()).isEqualTo("خط كبير");
        assertThat(page.select("nav.versions p").last().text()).startsWith("متوفر أيضًا باللغات:");
        assertThat(page.select("nav.versions p").last().select("a").eachAttr("dir")).containsExactly("ltr", "rtl");
    }

}
