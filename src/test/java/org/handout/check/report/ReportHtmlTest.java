package org.handout.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handout.check.FormatName;
import org.handout.check.FormatReport;
import org.handout.check.HandoutReport;
import org.handout.check.TranslationStatus;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
    private static final FormatReport HTML = FormatReport.unchecked(new FormatName("html", "HTML"), "relapse.html", 2048);

    private static HandoutReport report(String source, Optional<TranslationStatus> translation) {
        return new HandoutReport("recaida", "Recaída", "es-US", Optional.empty(), Optional.empty(), source, true,
                List.of(HTML), List.of(), translation);
    }

    private static final Document PAGE = ReportHtml.document(report("source-content/recaida.md",
            Optional.of(new TranslationStatus("relapse", List.of("list 1 has 3 items, the source has 4")))));

    @Test
    void rendersInStandardsModeWithADoctype() {
        assertThat(PAGE.outerHtml()).startsWith("<!doctype html>");
    }

    @Test
    void opensWithASkipLinkToTheMainLandmark() {
        assertThat(PAGE.body().child(0).attr("href")).isEqualTo("#main");
        assertThat(PAGE.select("main#main")).hasSize(1);
    }

    @Test
    void labelsEachDataCellWithItsColumnSoRowsCanStackOnAPhone() {
        assertThat(PAGE.select("table").first().select("thead th").eachText()).startsWith("Format", "File");
        assertThat(PAGE.select("table").first().select("tbody td").eachAttr("data-label"))
                .containsExactly("File", "Pages", "Size (bytes)", "Structure and text found", "PDF/UA-1", "Result");
    }

    @Test
    void namesTheSourceRelativeToTheProject() {
        assertThat(PAGE.select("main > p").eachText()).contains("Source source-content/recaida.md, language es-US.");
    }

    @Test
    void namesASourceOutsideTheProjectByItsFileNameOnly() {
        String absolute = Path.of("/home/builder/clinic/recaida.md").toAbsolutePath().toString();
        Document page = ReportHtml.document(report(absolute, Optional.empty()));

        assertThat(page.text()).contains("Source recaida.md,").doesNotContain("/home/builder");
    }

    @Test
    void listsATranslationsWarnings() {
        assertThat(PAGE.selectFirst("h2").text()).isEqualTo("Translation of relapse");
        assertThat(PAGE.select("h2 + ul li").first().text()).isEqualTo("list 1 has 3 items, the source has 4");
    }
}
