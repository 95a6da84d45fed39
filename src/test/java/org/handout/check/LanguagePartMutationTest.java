package org.handout.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.handout.Fixtures;
import org.handout.check.Difference.Kind;
import org.handout.check.Outline.PartEntry;
import org.handout.check.docx.DocxOutlineReader;
import org.handout.check.html.HtmlOutlineReader;
import org.handout.check.pdf.PdfOutlineReader;
import org.handout.check.pdf.TaggedPdfEdit;
import org.handout.model.Handout;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.render.Renderer;
import org.handout.render.docx.DocxRenderer;
import org.handout.render.html.HtmlRenderer;
import org.handout.render.pdf.PdfRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;

/**
 * Text marked as in another language keeps that language in every format, and the gate names a
 * part whose language a file lost: each mutation takes one part's language away in a real output.
 */
class LanguagePartMutationTest {
    private static final String CHINESE = "请带上您的药物和保险卡。如果您需要中文翻译，请告诉前台工作人员，我们会为您安排。";
    private static final String SPANISH = "bienvenidos a la clínica";

    @TempDir
    static Path dir;

    private static Outline expected;
    private static Path html;
    private static Path pdf;
    private static Path docx;

    private final OutlineComparison comparison = new OutlineComparison();

    @BeforeAll
    static void render() throws Exception {
        Handout handout = Fixtures.parse(Fixtures.LANGUAGE_PARTS);
        expected = Outline.of(handout);
        html = write(new HtmlRenderer(), handout, "parts.html");
        pdf = write(new PdfRenderer(), handout, "parts.pdf");
        docx = write(new DocxRenderer(), handout, "parts.docx");
    }

    private static Path write(Renderer renderer, Handout handout, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            renderer.write(handout, Profile.standard(PageSize.LETTER), out);
        }
        return file;
    }

    /** The rendered PDF with the /Lang of the first {@code type} element starting with {@code start} removed. */
    private static Path withoutLang(String type, String start, String name) throws IOException {
        Path mutated = dir.resolve(name);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            TaggedPdfEdit.find(document, type, start).element().getCOSObject().removeItem(COSName.LANG);
            document.save(mutated.toFile());
        }
        return mutated;
    }

    @Test
    void theSourceMarksAPhraseAParagraphAndAListItem() {
        assertThat(expected.parts()).containsExactly(
                new PartEntry("es", SPANISH),
                new PartEntry("zh-Hans", CHINESE),
                new PartEntry("zh-Hans", "请确认您下次就诊的时间。"));
    }

    @Test
    void everyFormatKeepsTheLanguageOfEveryPart() throws IOException {
        assertThat(comparison.compare(expected, new HtmlOutlineReader().read(html))).isEmpty();
        assertThat(comparison.compare(expected, new PdfOutlineReader().read(pdf))).isEmpty();
        assertThat(comparison.compare(expected, new DocxOutlineReader().read(docx))).isEmpty();
    }

    @Test
    void aParagraphWhoseHtmlElementLostItsLangIsInTheWrongLanguage() throws IOException {
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        page.selectFirst("p[lang=zh-Hans]").removeAttr("lang");
        Path mutated = Files.writeString(dir.resolve("no-lang.html"), page.outerHtml(), StandardCharsets.UTF_8);

        assertThat(comparison.compare(expected, new HtmlOutlineReader().read(mutated))).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.WRONG_LANGUAGE);
            assertThat(d.describe()).isEqualTo("text in another language 2 \"" + CHINESE.substring(0, 30)
                    + "…\" is marked as en-US instead of zh-Hans");
        });
    }

    @Test
    void aPhraseWhosePdfStructureElementLostItsLangIsInTheWrongLanguage() throws IOException {
        Path mutated = withoutLang("Span", "bienvenidos", "no-lang.pdf");

        assertThat(comparison.compare(expected, new PdfOutlineReader().read(mutated))).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.WRONG_LANGUAGE);
            assertThat(d.describe()).isEqualTo("text in another language 1 \"" + SPANISH + "\" is marked as en-US instead of es");
        });
    }

    @Test
    void aParagraphWhosePdfStructureElementLostItsLangIsInTheWrongLanguage() throws IOException {
        Path mutated = withoutLang("P", "请带上", "no-paragraph-lang.pdf");

        assertThat(comparison.compare(expected, new PdfOutlineReader().read(mutated)))
                .extracting(Difference::kind, Difference::expected, Difference::found)
                .containsExactly(tuple(Kind.WRONG_LANGUAGE, "zh-Hans", "en-US"));
    }

    @Test
    void aDocxRunWhoseLanguageWasChangedIsInTheWrongLanguage() throws IOException {
        Path mutated = dir.resolve("changed-lang.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    if (run.text().startsWith("请确认")) {
                        CTLanguage lang = run.getCTR().getRPr().getLangArray(0);
                        lang.setVal("ja");
                        lang.setEastAsia("ja");
                        lang.setBidi("ja");
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(mutated)) {
                document.write(out);
            }
        }

        List<Difference> differences = comparison.compare(expected, new DocxOutlineReader().read(mutated));

        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.WRONG_LANGUAGE);
            assertThat(d.describe()).isEqualTo("text in another language 3 \"请确认您下次就诊的时间。\" is marked as ja instead of zh-Hans");
        });
    }
}
