package org.handout.check.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.check.docx.WordLikeDocx.paragraph;
import static org.handout.check.docx.WordLikeDocx.paragraphStyle;
import static org.handout.check.docx.WordLikeDocx.withStyles;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocxFontSizesTest {
    private static final String DEFAULTS_18PT =
            "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:rPrDefault></w:docDefaults>";
    private static final String STYLES = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
            + "<w:name w:val=\"Normal\"/></w:style>"
            + paragraphStyle("Parent", "Parent", "Normal", "<w:rPr><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/></w:rPr>")
            + paragraphStyle("Child", "Child", "Parent", "")
            + "<w:style w:type=\"character\" w:styleId=\"Small\"><w:name w:val=\"Small\"/>"
            + "<w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>";

    @Test
    void aRunWithoutASizeTakesItFromItsParagraphStylesBasedOnChain() throws Exception {
        try (XWPFDocument docx = withStyles(DEFAULTS_18PT, STYLES)) {
            paragraph(docx, "Child", "inherited");

            assertThat(DocxFontSizes.of(docx).smallest().orElseThrow().pt()).isEqualTo(20.0);
        }
    }

    @Test
    void aParagraphWithoutAStyleTakesTheDocumentDefaultsThroughNormal() throws Exception {
        try (XWPFDocument docx = withStyles(DEFAULTS_18PT, STYLES)) {
            paragraph(docx, null, "plain");

            assertThat(DocxFontSizes.of(docx).smallest().orElseThrow().pt()).isEqualTo(18.0);
        }
    }

    @Test
    void aRunsOwnSizeWinsOverEveryStyle() throws Exception {
        try (XWPFDocument docx = withStyles(DEFAULTS_18PT, STYLES)) {
            paragraph(docx, "Child", "shrunk").getRuns().get(0).setFontSize(9);

            assertThat(DocxFontSizes.of(docx).smallest().orElseThrow().pt()).isEqualTo(9.0);
        }
    }

    @Test
    void aCharacterStyleWinsOverTheParagraphStyle() throws Exception {
        try (XWPFDocument docx = withStyles(DEFAULTS_18PT, STYLES)) {
            paragraph(docx, "Child", "fine print").getRuns().get(0).setStyle("Small");

            assertThat(DocxFontSizes.of(docx).smallest().orElseThrow().pt()).isEqualTo(8.0);
        }
    }

    @Test
    void withNoSizeAnywhereTextIsWordsTenPointDefault() throws Exception {
        try (XWPFDocument docx = withStyles("", "")) {
            paragraph(docx, null, "bare");

            assertThat(DocxFontSizes.of(docx).smallest().orElseThrow().pt()).isEqualTo(10.0);
        }
    }

    @Test
    void theSmallestTextSaysWhereItIs() throws Exception {
        try (XWPFDocument docx = withStyles(DEFAULTS_18PT, STYLES)) {
            paragraph(docx, null, "large");
            paragraph(docx, null, "small").getRuns().get(0).setComplexScriptFontSize(11);

            assertThat(DocxFontSizes.of(docx).smallest().orElseThrow())
                    .isEqualTo(new DocxFontSizes.TextSize(11.0, "body paragraph 2 (complex script)", "small"));
        }
    }

    @Test
    void complexScriptTextIsMeasuredByItsOwnSize() throws Exception {
        try (XWPFDocument docx = withStyles(DEFAULTS_18PT, STYLES)) {
            paragraph(docx, null, "مرحبا").getRuns().get(0).setComplexScriptFontSize(9);

            assertThat(DocxFontSizes.of(docx).smallest().orElseThrow().pt()).isEqualTo(9.0);
        }
    }

    @Test
    void aDocumentWithoutComplexScriptSizesShowsThatTextAtWordsDefault() throws Exception {
        try (XWPFDocument docx = withStyles("<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"36\"/></w:rPr></w:rPrDefault></w:docDefaults>", "")) {
            paragraph(docx, null, "plain");

            assertThat(DocxFontSizes.of(docx).smallest().orElseThrow().pt()).isEqualTo(10.0);
        }
    }

    @Test
    void emptyRunsAreNotText() throws Exception {
        try (XWPFDocument docx = withStyles(DEFAULTS_18PT, STYLES)) {
            paragraph(docx, null, " ").getRuns().get(0).setFontSize(4);

            assertThat(DocxFontSizes.of(docx).smallest()).isEmpty();
        }
    }
}
