package org.handout.check.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.check.audit.TaggedPdf.figure;
import static org.handout.check.audit.TaggedPdf.group;
import static org.handout.check.audit.TaggedPdf.tag;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.handout.check.audit.ScreenReaderPreview.Line;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview announces each format's structure the way a screen reader does, in reading order. */
class ScreenReaderPreviewTest {
    @TempDir
    Path dir;

    private static List<String> texts(ScreenReaderPreview preview) {
        return preview.lines().stream().map(Line::text).toList();
    }

    @Test
    void pdfTagTreeIsAnnouncedInTagOrder() throws IOException {
        Path pdf = TaggedPdf.of(tag("H1", "Understanding relapse"),
                group("L", group("LI", tag("Lbl", "•"), tag("LBody", "Call a friend")),
                        group("LI", tag("Lbl", "•"), tag("LBody", "Go to a meeting"))),
                group("BlockQuote", tag("P", "“Relapse is part of recovery.”"), tag("P", "— Personal experience")),
                figure("A support group in a circle"),
                group("Table", group("TR", tag("TH", "Day"), tag("TH", "Dose"), tag("TH", "Note")),
                        group("TR", tag("TD", "Mon"), tag("TD", "1"), tag("TD", "-"))),
                group("P", tag("Span", "In French:"), tag("Span", "Bonjour").with("Lang", "fr"))).save(dir.resolve("p.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            ScreenReaderPreview preview = ScreenReaderPreview.of(PdfInspector.inspect(document).tree());
            assertThat(texts(preview)).containsExactly(
                    "document: Understanding relapse, language en-US",
                    "heading level 1: Understanding relapse",
                    "list of 2 items", "• Call a friend", "• Go to a meeting",
                    "quote: “Relapse is part of recovery.” — Personal experience",
                    "figure: A support group in a circle",
                    "table with 3 columns and 2 rows: headers Day, Dose, Note",
                    "In French: Bonjour", "[language fr] Bonjour");
            assertThat(preview.lines().get(3).depth()).isEqualTo(1);
        }
    }

    @Test
    void htmlIsAnnouncedWithNamesAndLanguageChanges() {
        Inspection inspection = HtmlInspector.inspect(Jsoup.parse("<html lang=en><title>T</title><main><h1>T</h1>"
                + "<ul><li>One<ul><li>Nested</li></ul></li><li>Two</li></ul>"
                + "<svg role=img><title>Clinic map</title></svg><p lang=de>Guten Tag</p></main></html>"));
        assertThat(texts(ScreenReaderPreview.of(inspection.tree()))).containsExactly(
                "document: T, language en", "heading level 1: T", "list of 2 items", "• One", "list of 1 item", "• Nested",
                "• Two", "figure: Clinic map", "[language de] Guten Tag");
    }

    @Test
    void docxNumberedParagraphsAreAnnouncedAsAList() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            for (String item : List.of("Call a friend", "Go to a meeting", "Rest")) {
                document.createParagraph().setNumID(BigInteger.ONE);
                document.getLastParagraph().createRun().setText(item);
            }
            assertThat(texts(ScreenReaderPreview.of(DocxInspector.inspect(document).tree())))
                    .containsExactly("document: (no title), language (none)", "list of 3 items", "• Call a friend",
                            "• Go to a meeting", "• Rest");
        }
    }

    @Test
    void checklistNamesEveryFigureWithItsPageAndEveryHeading() throws IOException {
        Path pdf = TaggedPdf.of(tag("H1", "Understanding relapse"), figure("A support group in a circle"),
                tag("H2", "Why")).save(dir.resolve("c.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            ReviewChecklist checklist = ReviewChecklist.of(PdfInspector.inspect(document).tree());
            assertThat(checklist.items()).anySatisfy(item -> {
                assertThat(item.checkpoint()).isEqualTo("13 Graphics");
                assertThat(item.question()).contains("A support group in a circle");
                assertThat(item.location().page()).isEqualTo(1);
            });
            assertThat(checklist.items()).filteredOn(item -> item.checkpoint().equals("14 Headings"))
                    .extracting(item -> item.location().excerpt()).containsExactly("Understanding relapse", "Why");
            assertThat(checklist.items()).extracting(ReviewChecklist.Item::checkpoint).contains("04-001", "09-001");
        }
    }
}
