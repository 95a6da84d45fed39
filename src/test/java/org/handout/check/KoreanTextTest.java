package org.handout.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.handout.check.html.HtmlTextReader;
import org.handout.check.pdf.PdfTextReader;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.render.html.HtmlRenderer;
import org.handout.render.pdf.PdfRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Korean is written with spaces between words, unlike Chinese and Japanese: the whole-text check
 * reads each Korean word as a word, so a space lost between two of them is a difference, and the
 * PDF breaks Korean lines between words only, so a line end never splits one.
 */
class KoreanTextTest {
    private static final Path KOREAN = Path.of("src/test/resources/languages/ko.md");

    @TempDir
    Path folder;

    static Stream<Profile> profiles() {
        return RenderedText.profiles();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theKoreanPdfReadsBackWordForWord(Profile profile) throws Exception {
        Path pdf = RenderedText.render(KOREAN, new PdfRenderer(), profile, "pdf", folder);

        assertThat(RenderedText.differences(KOREAN, new PdfTextReader(), pdf)).isEmpty();
    }

    @Test
    void aSpaceRemovedBetweenTwoKoreanWordsOfTheWebPageIsADifference() throws Exception {
        Path html = RenderedText.render(KOREAN, new HtmlRenderer(), Profile.standard(PageSize.LETTER), "html", folder);
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        Element paragraph = page.selectFirst("article > p");
        paragraph.text(paragraph.text().replace("손을 씻으세요", "손을씻으세요"));
        Files.writeString(html, page.outerHtml(), StandardCharsets.UTF_8);

        assertThat(RenderedText.differences(KOREAN, new HtmlTextReader(), html))
                .singleElement().asString().contains("손을씻으세요");
    }
}
