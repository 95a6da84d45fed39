package org.handout.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.handout.Fixtures;
import org.handout.model.Handout;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The print HTML differs from the web page only where OpenHTMLtoPDF's tagging needs it. */
class PrintFlavourTest {

    private static Document print(Path source) throws Exception {
        Handout handout = Fixtures.parse(source);
        return HtmlDocument.build(handout, HtmlFlavour.PRINT, "");
    }

    @Test
    void attributionSitsInsideTheBlockquote() throws Exception {
        Document html = print(Fixtures.SEED);
        assertThat(html.select("figure, figcaption")).isEmpty();
        assertThat(html.select("blockquote.quote")).hasSize(4).allSatisfy(quote ->
                assertThat(quote.children().last().select("p.attribution").text()).isEqualTo("— Personal experience"));
    }

    @Test
    void runningFooterIsTheFirstThingInTheBodySoEveryPageShowsIt() throws Exception {
        Document html = print(Fixtures.EVERY_BLOCK);
        Element first = html.body().child(0);
        assertThat(first.hasClass("running-footer")).isTrue();
        assertThat(first.text()).isEqualTo("Every block kind · Riverside Clinic · Reviewed 2026-11-01");
    }

    @Test
    void notesAreDivisionsWithTheLabelFirst() throws Exception {
        Element note = print(Fixtures.EVERY_BLOCK).selectFirst(".note-warning");
        assertThat(note.tagName()).isEqualTo("div");
        assertThat(note.child(0).text()).isEqualTo("Warning");
    }

    @Test
    void summaryBecomesThePdfSubject() throws Exception {
        Document html = print(Fixtures.SEED);
        assertThat(html.selectFirst("meta[name=subject]").attr("content"))
                .isEqualTo("What a relapse is, why it happens, and what to do after one.");
        assertThat(html.select("a.skip-link")).isEmpty();
    }

    @Test
    void decorativeImagesArePaintedAsBackgroundsSoTheyBecomeArtifacts() throws Exception {
        Document html = print(Fixtures.EVERY_BLOCK);
        assertThat(html.select("img")).hasSize(1);
        assertThat(html.selectFirst("img").attr("alt")).isEqualTo("The clinic's front door");
        assertThat(html.selectFirst(".decorative-image").attr("style"))
                .contains("background-image: url(data:image/png;base64,")
                .contains("width: 48px; height: 32px;");
    }
}
