package org.handout.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.render.docx.RenderedDocx.STANDARD;
import static org.handout.render.docx.RenderedDocx.open;
import static org.handout.render.docx.RenderedDocx.parse;
import static org.handout.render.docx.RenderedDocx.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;

/** Word chooses fonts and spelling by the kind of character, so the DOCX names one for each kind. */
class DocxLanguageTest {
    private static final Path CHINESE = Path.of("src/test/resources/languages/zh-Hans.md");
    private static final Path ARABIC = Path.of("src/test/resources/languages/ar.md");
    private static final Path KOREAN = Path.of("src/test/resources/languages/ko.md");

    @TempDir
    Path dir;

    @Test
    void chineseTextTakesTheSimplifiedChineseFontAsItsEastAsianFont() throws Exception {
        try (XWPFDocument docx = open(render(parse(CHINESE), STANDARD, dir))) {
            CTFonts fonts = docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);

            assertThat(fonts.getAscii()).isEqualTo("Atkinson Hyperlegible");
            assertThat(fonts.getHAnsi()).isEqualTo("Atkinson Hyperlegible");
            assertThat(fonts.getEastAsia()).isEqualTo("Noto Sans SC");
        }
    }

    @Test
    void everyKindOfTextCarriesTheHandoutsLanguage() throws Exception {
        try (XWPFDocument docx = open(render(parse(CHINESE), STANDARD, dir))) {
            CTLanguage lang = docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0);

            assertThat(lang.getVal()).isEqualTo("zh-Hans");
            assertThat(lang.getEastAsia()).isEqualTo("zh-Hans");
            assertThat(lang.getBidi()).isEqualTo("zh-Hans");
        }
    }

    @Test
    void boldTextIsBoldInComplexScriptsToo() throws Exception {
        try (XWPFDocument docx = open(render(parse(RenderedDocx.EVERY_BLOCK), STANDARD, dir))) {
            XWPFRun strong = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(XWPFRun::isBold).findFirst().orElseThrow();

            assertThat(strong.isComplexScriptBold()).isTrue();
        }
    }

    @Test
    void theFontTableNamesEveryFamilyOfTheLanguage() throws Exception {
        try (XWPFDocument docx = open(render(parse(CHINESE), STANDARD, dir))) {
            var part = docx.getPackage().getPartsByContentType(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml").get(0);

            assertThat(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("w:name=\"Atkinson Hyperlegible\"", "w:name=\"Noto Sans SC\"");
        }
    }

    @Test
    void anArabicDocumentsParagraphsRunFromTheRight() throws Exception {
        try (XWPFDocument docx = open(render(parse(ARABIC), STANDARD, dir))) {
            assertThat(docx.getStyle().getDocDefaults().getPPrDefault().getPPr().isSetBidi()).isTrue();
        }
    }

    @Test
    void runsWithArabicLettersAreRightToLeftAndLatinRunsAreNot() throws Exception {
        try (XWPFDocument docx = open(render(parse(ARABIC), STANDARD, dir))) {
            List<XWPFRun> runs = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(run -> !run.text().isBlank()).toList();

            assertThat(runs).filteredOn(run -> run.text().contains("بلّل"))
                    .allSatisfy(run -> assertThat(run.getCTR().getRPr().sizeOfRtlArray()).isOne());
        }
    }

    @Test
    void runsWithoutRightToLeftLettersAreNotMarkedRightToLeft() throws Exception {
        try (XWPFDocument docx = open(render(parse(RenderedDocx.EVERY_BLOCK), STANDARD, dir))) {
            assertThat(docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream()))
                    .isNotEmpty()
                    .allSatisfy(run -> assertThat(run.getCTR().getRPr() == null || run.getCTR().getRPr().sizeOfRtlArray() == 0).isTrue());
        }
    }

    @Test
    void theFooterSaysPageNOfMInTheLanguagesOrder() throws Exception {
        try (XWPFDocument docx = open(render(parse(KOREAN), STANDARD, dir))) {
            assertThat(docx.getFooterList().get(0).getText().strip()).isEqualTo("1쪽 중 1쪽");
        }
    }

    @Test
    void aLeftToRightDocumentHasNoBidiParagraphs() throws Exception {
        try (XWPFDocument docx = open(render(parse(CHINESE), STANDARD, dir))) {
            assertThat(docx.getStyle().getDocDefaults().getPPrDefault().getPPr().isSetBidi()).isFalse();
        }
    }
}
