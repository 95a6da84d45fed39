package org.handout.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.handout.Fixtures;
import org.handout.build.LibraryIndex;
import org.handout.build.SampleReports;
import org.handout.check.report.ReportHtml;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.render.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every HTML page handout writes opens with the one skeleton. */
class HtmlPageTest {

    static Stream<Arguments> pages() throws Exception {
        ByteArrayOutputStream handout = new ByteArrayOutputStream();
        new HtmlRenderer().write(Fixtures.parse(Fixtures.SEED), Profile.standard(PageSize.LETTER), handout);
        return Stream.of(
                Arguments.of("handout page", handout.toString(StandardCharsets.UTF_8)),
                Arguments.of("report.html", ReportHtml.document(SampleReports.passing("sleep", "Sleep well", "en-US")).outerHtml()),
                Arguments.of("library page", LibraryIndex.html(List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void opensInStandardsModeWithLanguageCharsetViewportAndTitleFirstInTheHead(String page, String html) {
        Document document = Jsoup.parse(html);

        assertThat(html).startsWithIgnoringCase("<!doctype html>");
        assertThat(document.selectFirst("html").attr("lang")).isNotBlank();
        assertThat(document.head().child(0).attr("charset")).isEqualTo("utf-8");
        assertThat(document.head().child(1).attr("name")).isEqualTo("viewport");
        assertThat(document.head().child(2).tagName()).isEqualTo("title");
        assertThat(document.title()).isNotBlank();
    }
}
