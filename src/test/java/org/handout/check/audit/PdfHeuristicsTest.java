package org.handout.check.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.check.audit.TaggedPdf.figure;
import static org.handout.check.audit.TaggedPdf.group;
import static org.handout.check.audit.TaggedPdf.tag;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handout.check.OutputFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each PAC-style heuristic on a tagged PDF written tag by tag: once where it must fire, once where it must not. */
class PdfHeuristicsTest {
    private static final String TITLE = "Understanding relapse";

    @TempDir
    Path dir;

    private List<String> ids(TaggedPdf pdf) throws IOException {
        Path file = pdf.save(dir.resolve("audited.pdf"));
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            Inspection inspection = PdfInspector.inspect(document);
            List<Finding> findings = new ArrayList<>(inspection.formatFindings());
            findings.addAll(StructureHeuristics.of(inspection.tree()));
            return findings.stream().map(Finding::id).toList();
        }
    }

    @Test
    void titleTaggedAsParagraphIsNotAHeading() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("P", TITLE), tag("H2", "Why")))).contains("heading.title-not-heading");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("H2", "Why")))).doesNotContain("heading.title-not-heading");
    }

    @Test
    void documentWithoutLevelOneHeading() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H2", "Why"), tag("P", "Text")))).contains("heading.no-h1");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("P", "Text")))).doesNotContain("heading.no-h1");
    }

    @Test
    void severalLevelOneHeadings() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("H1", "Why")))).contains("heading.several-h1");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("H2", "Why")))).doesNotContain("heading.several-h1");
    }

    @Test
    void skippedHeadingLevel() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("H3", "Why")))).contains("heading.skipped-level");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("H2", "Why"), tag("H3", "How"))))
                .doesNotContain("heading.skipped-level");
    }

    @Test
    void emptyHeading() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("H2")))).contains("heading.empty");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("H2", "Why")))).doesNotContain("heading.empty");
    }

    @Test
    void quotationTaggedAsPlainParagraphsWithADashLineAfter() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("P", "“Relapse is part of recovery.”"),
                tag("P", "— Personal experience")))).contains("quote.not-tagged");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("BlockQuote", tag("P", "“Relapse is part of recovery.”"),
                tag("P", "— Personal experience"))))).doesNotContain("quote.not-tagged");
    }

    @Test
    void listDrawnWithBulletsButTaggedAsParagraphs() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("P", "• Call a friend", "• Go to a meeting"))))
                .contains("list.not-tagged");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("L", group("LI", tag("Lbl", "•"), tag("LBody", "Call a friend")),
                group("LI", tag("Lbl", "•"), tag("LBody", "Go to a meeting")))))).doesNotContain("list.not-tagged");
    }

    @Test
    void listLabelRepeatedInsideTheItemsBody() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("L", group("LI", tag("Lbl", "•"), tag("LBody", "• Call a friend"))))))
                .contains("list.label-repeated");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("L", group("LI", tag("Lbl", "•"), tag("LBody", "Call a friend"))))))
                .doesNotContain("list.label-repeated");
    }

    @Test
    void figureWithoutAlternativeText() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), figure(null), tag("P", "Text")))).contains("figure.alt-missing");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), figure("A support group sitting in a circle"), tag("P", "Text"))))
                .doesNotContain("figure.alt-missing", "figure.alt-meaningless", "figure.alt-too-long");
    }

    @Test
    void figureWhoseAlternativeTextIsAFileNameOrTheWordImage() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), figure("IMG_0042.jpg"), tag("P", "Text")))).contains("figure.alt-meaningless");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), figure("Image"), tag("P", "Text")))).contains("figure.alt-meaningless");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), figure("A bar chart of relapse rates by year"), tag("P", "Text"))))
                .doesNotContain("figure.alt-meaningless");
    }

    @Test
    void figureWhoseAlternativeTextIsLongerThanAParagraph() throws IOException {
        String essay = "A group of people talking. ".repeat(12);
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), figure(essay), tag("P", "Text")))).contains("figure.alt-too-long");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), figure("A group of people talking"), tag("P", "Text"))))
                .doesNotContain("figure.alt-too-long");
    }

    @Test
    void linkTextLikeClickHere() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("P", tag("Link", "click here"))))).contains("link.vague-text");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("P", tag("Link", "Find a support group")))))
                .doesNotContain("link.vague-text", "link.bare-address");
    }

    @Test
    void linkTextThatIsABareAddress() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("P", tag("Link", "https://example.org/help")))))
                .contains("link.bare-address");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("P", tag("Link", "Help for families")))))
                .doesNotContain("link.bare-address");
    }

    @Test
    void tableWithoutHeaderCells() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("Table", group("TR", tag("TD", "Day"), tag("TD", "Dose"))))))
                .contains("table.no-header-cells");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("Table", group("TR", tag("TH", "Day"), tag("TH", "Dose")),
                group("TR", tag("TD", "Monday"), tag("TD", "10 mg")))))).doesNotContain("table.no-header-cells");
    }

    @Test
    void textInAnotherScriptWithoutItsOwnLanguage() throws IOException {
        TaggedPdf.Tag russian = tag("Span", "Privet").with("ActualText", "Привет, как дела");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("P", tag("Span", "Greeting:"), russian))))
                .contains("lang.foreign-script-unmarked");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), group("P", tag("Span", "Greeting:"), russian.with("Lang", "ru")))))
                .doesNotContain("lang.foreign-script-unmarked");
    }

    @Test
    void textUnderNinePoints() throws IOException {
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("P", "Fine print").sized(7)))).contains("text.too-small");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), tag("P", "Body text").sized(11)))).doesNotContain("text.too-small");
    }

    @Test
    void pageThatCarriesOnlyAnImage() throws IOException {
        assertThat(ids(TaggedPdf.of(figure("Scanned letter from the clinic")))).contains("page.image-only");
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE), figure("Photo of the clinic")))).doesNotContain("page.image-only");
    }

    @Test
    void tagOrderFarFromTheVisualOrder() throws IOException {
        TaggedPdf.Tag[] blocks = {tag("H1", TITLE), tag("P", "First"), tag("P", "Second"), tag("P", "Third"),
                tag("P", "Fourth"), tag("P", "Fifth")};
        assertThat(ids(TaggedPdf.of(blocks).drawnBottomUp())).contains("reading-order.far-from-visual");
        assertThat(ids(TaggedPdf.of(blocks))).doesNotContain("reading-order.far-from-visual");
    }

    @Test
    void untaggedPdf() throws IOException {
        Path untagged = OutputFixtures.untaggedPdf(dir.resolve("untagged.pdf"));
        try (PDDocument document = Loader.loadPDF(untagged.toFile())) {
            assertThat(PdfInspector.inspect(document).formatFindings()).extracting(Finding::id).contains("pdf.not-tagged");
        }
        assertThat(ids(TaggedPdf.of(tag("H1", TITLE)))).doesNotContain("pdf.not-tagged");
    }
}
