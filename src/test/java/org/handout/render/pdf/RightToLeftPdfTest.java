package org.handout.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.handout.check.Difference;
import org.handout.check.Outline;
import org.handout.check.OutlineComparison;
import org.handout.check.pdf.PdfOutlineReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Right-to-left PDFs carry their text in logical order with base letters for assistive
 * technology (as /ActualText), even where the page draws it reordered and shaped.
 */
class RightToLeftPdfTest {
    private static final Path ARABIC = Path.of("src/test/resources/languages/ar.md");
    private static final Path PERSIAN = Path.of("src/test/resources/languages/fa.md");

    @TempDir
    static Path folder;
    private static Path arabic;

    @BeforeAll
    static void render() throws Exception {
        arabic = RenderedPdf.render(ARABIC, RenderedPdf.standard(), folder);
    }

    @Test
    void aLatinWordInsideArabicTextReadsInItsPlace() throws Exception {
        Outline read = new PdfOutlineReader().read(arabic);

        assertThat(read.quotes().get(0).attribution()).hasValueSatisfying(attribution ->
                assertThat(attribution).endsWith("منظمة الصحة العالمية (WHO)"));
    }

    @Test
    void aNumberInsideArabicTextReadsInItsPlace() throws Exception {
        assertThat(new PdfOutlineReader().read(arabic).items().get(1).text()).isEqualTo("افركهما بالصابون لمدة 20 ثانية.");
    }

    @Test
    void theArabicPdfReadsBackAsItsSource() throws Exception {
        assertThat(new OutlineComparison().compare(Outline.of(RenderedPdf.parse(ARABIC)), new PdfOutlineReader().read(arabic)))
                .isEmpty();
    }

    @Test
    void persianLettersReadBackAsTheSourcesLetters() throws Exception {
        Path persian = RenderedPdf.render(PERSIAN, RenderedPdf.standard(), folder);

        assertThat(new OutlineComparison().compare(Outline.of(RenderedPdf.parse(PERSIAN)), new PdfOutlineReader().read(persian)))
                .isEmpty();
    }

    @Test
    void arabicTaggedTextReversedIsReported() throws Exception {
        assertThat(differencesWithActualText(true)).isNotEmpty();
    }

    @Test
    void withoutItsActualTextTheDrawnVisualOrderIsReported() throws Exception {
        assertThat(differencesWithActualText(false)).isNotEmpty();
    }

    /** What the gate finds in the Arabic PDF with every /ActualText reversed, or removed. */
    private static List<Difference> differencesWithActualText(boolean reversed) throws Exception {
        Path damaged = folder.resolve(reversed ? "reversed.pdf" : "visual.pdf");
        try (PDDocument pdf = Loader.loadPDF(arabic.toFile())) {
            rewriteActualText(pdf.getDocumentCatalog().getStructureTreeRoot(), reversed);
            pdf.save(damaged.toFile());
        }
        return new OutlineComparison().compare(Outline.of(RenderedPdf.parse(ARABIC)), new PdfOutlineReader().read(damaged));
    }

    @Test
    void theLayoutIsMirroredForARightToLeftLanguageOnly() {
        assertThat(PrintStylesheet.of(RenderedPdf.standard(), Locale.forLanguageTag("ar")))
                .contains("border-right-style: solid", "padding-right: 1.5em", "text-align: right");
        assertThat(PrintStylesheet.of(RenderedPdf.standard(), Locale.forLanguageTag("en"))).doesNotContain("border-right-style: solid");
    }

    /** Reverses every /ActualText, or removes it. */
    private static void rewriteActualText(PDStructureNode node, boolean reverse) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getActualText() != null) {
                    element.setActualText(reverse ? new StringBuilder(element.getActualText()).reverse().toString() : null);
                }
                rewriteActualText(element, reverse);
            }
        }
    }
}
