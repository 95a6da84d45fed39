package org.handout.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.render.docx.RenderedDocx.LARGE_PRINT;
import static org.handout.render.docx.RenderedDocx.SEED;
import static org.handout.render.docx.RenderedDocx.STANDARD;
import static org.handout.render.docx.RenderedDocx.open;
import static org.handout.render.docx.RenderedDocx.parse;
import static org.handout.render.docx.RenderedDocx.render;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.handout.check.Outline;
import org.handout.check.docx.DocxFontSizes;
import org.handout.check.docx.DocxOutlineReader;
import org.handout.model.Handout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-back checks fail on a DOCX whose structure was damaged after rendering. */
class DocxReadBackCatchesDamageTest {
    @TempDir
    Path dir;

    @Test
    void aHeadingWrittenInNormalStyleIsMissingFromTheReadBackOutline() throws Exception {
        Handout handout = parse(SEED);
        Path damaged = damage(render(handout, STANDARD, dir),
                docx -> paragraphWithText(docx, "Why does relapse happen?").setStyle("Normal"));

        Outline found = new DocxOutlineReader().read(damaged);

        assertThat(found).isNotEqualTo(Outline.of(handout));
        assertThat(found.headings()).containsExactly(new Outline.HeadingEntry(1, "Understanding relapse"));
    }

    @Test
    void anAttributionWrittenInNormalStyleIsLostFromItsQuote() throws Exception {
        Handout handout = parse(SEED);
        Path damaged = damage(render(handout, STANDARD, dir),
                docx -> docx.getParagraphs().stream().filter(p -> "QuoteAttribution".equals(p.getStyleID()))
                        .findFirst().orElseThrow().setStyle("Normal"));

        Outline found = new DocxOutlineReader().read(damaged);

        assertThat(found.quotes().get(0).attribution()).isEqualTo(Optional.empty());
        assertThat(found).isNotEqualTo(Outline.of(handout));
    }

    @Test
    void aListItemWithoutNumberingIsMissingFromTheReadBackOutline() throws Exception {
        Handout handout = parse(SEED);
        Path damaged = damage(render(handout, STANDARD, dir),
                docx -> paragraphWithText(docx, "“I was feeling really stressed”").getCTP().getPPr().unsetNumPr());

        Outline found = new DocxOutlineReader().read(damaged);

        assertThat(found.items()).hasSize(3);
        assertThat(found).isNotEqualTo(Outline.of(handout));
    }

    @Test
    void largePrintTextShrunkBelowEighteenPointsIsFoundAndLocated() throws Exception {
        Path damaged = damage(render(parse(SEED), LARGE_PRINT, dir),
                docx -> paragraphWithText(docx, "There are many different reasons why you might relapse.")
                        .getRuns().get(0).setFontSize(14));

        DocxFontSizes.TextSize smallest = DocxFontSizes.read(damaged).smallest().orElseThrow();

        assertThat(smallest.pt()).isEqualTo(14.0);
        assertThat(smallest.text()).startsWith("There are many");
    }

    private Path damage(Path docx, Consumer<XWPFDocument> change) throws Exception {
        Path damaged = dir.resolve("damaged.docx");
        try (XWPFDocument document = open(docx); OutputStream out = Files.newOutputStream(damaged)) {
            change.accept(document);
            document.write(out);
        }
        return damaged;
    }

    private static XWPFParagraph paragraphWithText(XWPFDocument docx, String text) {
        return docx.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }
}
