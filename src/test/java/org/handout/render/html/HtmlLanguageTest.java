package org.handout.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.source.HandoutParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlLanguageTest {

    private static Document page(String fixture) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer().write(new HandoutParser().parse(Path.of("src/test/resources/languages", fixture)).handout(),
                Profile.standard(PageSize.LETTER), out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aJapanesePageAsksForJapaneseShapesBeforeTheSystemFonts() throws Exception {
        Document japanese = page("ja.md");

        assertThat(japanese.selectFirst("html").attr("lang")).isEqualTo("ja");
        assertThat(japanese.selectFirst("style").data())
                .contains("body { font-family: \"Atkinson Hyperlegible\", \"Noto Sans JP\", Verdana, Arial, sans-serif; }");
    }

    @Test
    void aVietnamesePageAsksForNotoSansFirst() throws Exception {
        assertThat(page("vi.md").selectFirst("style").data()).contains("body { font-family: \"Noto Sans\", Verdana");
    }

    @Test
    void aHebrewPageRunsRightToLeft() throws Exception {
        assertThat(page("he.md").selectFirst("html").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void anEnglishPageRunsLeftToRight() throws Exception {
        assertThat(page("vi.md").selectFirst("html").attr("dir")).isEqualTo("ltr");
    }
}
