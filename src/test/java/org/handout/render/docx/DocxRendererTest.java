package org.handout.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.handout.render.docx.RenderedDocx.EVERY_BLOCK;
import static org.handout.render.docx.RenderedDocx.ITEM_PARAGRAPH_AFTER_NESTED_LIST;
import static org.handout.render.docx.RenderedDocx.LARGE_PRINT;
import static org.handout.render.docx.RenderedDocx.SEED;
import static org.handout.render.docx.RenderedDocx.STANDARD;
import static org.handout.render.docx.RenderedDocx.open;
import static org.handout.render.docx.RenderedDocx.parse;
import static org.handout.render.docx.RenderedDocx.render;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.handout.check.Outline;
import org.handout.check.docx.DocxFontSizes;
import org.handout.check.docx.DocxOutlineReader;
import org.handout.model.Handout;
import org.handout.model.Image;
import org.handout.model.InvalidHandoutException;
import org.handout.model.Metadata;
import org.handout.model.SourceSpan;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocxRendererTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.handout.render.docx.RenderedDocx#handoutsAndProfiles")
    void readsBackWithTheModelsWholeOutline(Path source, Profile profile) throws Exception {
        Handout handout = parse(source);

        Outline found = new DocxOutlineReader().read(render(handout, profile, dir));

        assertThat(found).isEqualTo(Outline.of(handout));
    }

    @Test
    void headingsUseWordsBuiltInHeadingStylesWithTheirOutlineLevels() throws Exception {
        try (XWPFDocument docx = open(render(parse(EVERY_BLOCK), STANDARD, dir))) {
            List<XWPFParagraph> headings = docx.getParagraphs().stream()
                    .filter(p -> p.getStyleID() != null && p.getStyleID().startsWith("Heading")).toList();

            assertThat(headings).extracting(XWPFParagraph::getStyleID).containsExactly("Heading1", "Heading2", "Heading3");
            assertThat(headings).extracting(XWPFParagraph::getText)
                    .containsExactly("Every block kind", "Finding us", "Before your visit");
            for (int level = 1; level <= 6; level++) {
                XWPFStyle style = docx.getStyles().getStyle("Heading" + level);
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getBasisStyleID()).isEqualTo("Normal");
                assertThat(style.getNextStyleID()).isEqualTo("Normal");
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
                assertThat(style.getCTStyle().getPPr().isSetKeepNext()).isTrue();
            }
        }
    }

    @Test
    void eachQuoteIsFollowedByItsAttributionInAQuoteBasedStyleAndKeptWithIt() throws Exception {
        try (XWPFDocument docx = open(render(parse(SEED), STANDARD, dir))) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            int quotes = 0;
            for (int i = 0; i < paragraphs.size(); i++) {
                if ("Quote".equals(paragraphs.get(i).getStyleID())) {
                    quotes++;
                    XWPFParagraph attribution = paragraphs.get(i + 1);
                    assertThat(paragraphs.get(i).getCTP().getPPr().isSetKeepNext()).isTrue();
                    assertThat(attribution.getStyleID()).isEqualTo("QuoteAttribution");
                    assertThat(attribution.getText()).isEqualTo("— Personal experience");
                }
            }
            assertThat(quotes).isEqualTo(4);
            XWPFStyle attributionStyle = docx.getStyles().getStyle("QuoteAttribution");
            assertThat(attributionStyle.getName()).isEqualTo("Quote Attribution");
            assertThat(attributionStyle.getBasisStyleID()).isEqualTo("Quote");
        }
    }

    @Test
    void listItemsAreNumberedParagraphsAtTheirLevelNeverTypedBullets() throws Exception {
        try (XWPFDocument docx = open(render(parse(EVERY_BLOCK), STANDARD, dir))) {
            List<XWPFParagraph> items = docx.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();

            assertThat(items).extracting(p -> p.getNumIlvl().intValue()).containsExactly(0, 0, 1, 1, 0, 0, 0);
            assertThat(items).extracting(XWPFParagraph::getNumFmt)
                    .containsExactly("decimal", "decimal", "decimal", "decimal", "decimal", "bullet", "bullet");
            assertThat(items).extracting(XWPFParagraph::getText).noneMatch(text -> text.startsWith("•"));
            XWPFParagraph nested = items.get(2);
            assertThat(nested.getNumID()).isNotEqualTo(items.get(0).getNumID());
            assertThat(docx.getNumbering().getNum(nested.getNumID()).getCTNum().getLvlOverrideArray(0)
                    .getStartOverride().getVal()).isEqualTo(BigInteger.ONE);
        }
    }

    @Test
    void aListEndsWithParagraphSpacingWhileItsItemsSitCloser() throws Exception {
        try (XWPFDocument docx = open(render(parse(SEED), LARGE_PRINT, dir))) {
            List<XWPFParagraph> items = docx.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();

            assertThat(items.subList(0, 3)).allSatisfy(p -> assertThat(p.getSpacingAfter()).isEqualTo(-1));
            assertThat(items.get(3).getSpacingAfter()).isEqualTo(280);
            assertThat(docx.getStyles().getStyle("ListParagraph").getCTStyle().getPPr().getSpacing().getAfter())
                    .isEqualTo(BigInteger.valueOf(140));
        }
    }

    @Test
    void tableMarksItsFirstRowAsARepeatingHeaderAndHasACaption() throws Exception {
        try (XWPFDocument docx = open(render(parse(EVERY_BLOCK), STANDARD, dir))) {
            XWPFTable table = docx.getTables().get(0);

            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRows().stream().skip(1)).noneMatch(row -> row.isRepeatHeader());
            assertThat(table.getCTTbl().getTblPr().getTblCaption().getVal()).isEqualTo("Table 1 in “Finding us”");
            assertThat(table.getCTTbl().getTblPr().getTblDescription().getVal()).contains("Day, Opening hours");
            assertThat(table.getRow(0).getTableCells()).allSatisfy(cell ->
                    assertThat(cell.getCTTc().getTcPr() == null || !cell.getCTTc().getTcPr().isSetGridSpan()).isTrue());
        }
    }

    @Test
    void tableHasAColumnGridSpanningTheTextWidth() throws Exception {
        try (XWPFDocument docx = open(render(parse(EVERY_BLOCK), STANDARD, dir))) {
            var grid = docx.getTables().get(0).getCTTbl().getTblGrid();

            assertThat(grid.getGridColList()).extracting(col -> col.getW()).containsExactly(
                    BigInteger.valueOf(5040), BigInteger.valueOf(5040));
        }
    }

    @Test
    void picturesAreInlineInTheTextFlowNeverFloating() throws Exception {
        try (XWPFDocument docx = open(render(parse(EVERY_BLOCK), STANDARD, dir))) {
            var drawings = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getCTR().getDrawingList().stream()).toList();

            assertThat(drawings).hasSize(2).allSatisfy(d -> {
                assertThat(d.getInlineList()).hasSize(1);
                assertThat(d.getAnchorList()).isEmpty();
            });
        }
    }

    @Test
    void anImageFormatWordCannotHoldIsRefusedWithTheSourceLine() throws Exception {
        Path svg = Files.writeString(dir.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Handout handout = new Handout(new Metadata("Logo", Locale.US, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of()), List.of(new Image(svg, "Clinic logo", false, new SourceSpan(7, 1))),
                dir.resolve("logo.md"));

        assertThatThrownBy(() -> new DocxRenderer().write(handout, STANDARD, new ByteArrayOutputStream()))
                .isInstanceOf(InvalidHandoutException.class)
                .hasMessageContaining("logo.md:7:1")
                .hasMessageContaining("logo.svg");
    }

    @Test
    void concurrentRendersShareNothingAndAgreeByteForByte() throws Exception {
        Handout handout = parse(EVERY_BLOCK);
        DocxRenderer renderer = new DocxRenderer();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Profile profile = i % 2 == 0 ? STANDARD : LARGE_PRINT;
                renders.add(pool.submit(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    renderer.write(handout, profile, out);
                    return out.toByteArray();
                }));
            }
            for (int i = 2; i < renders.size(); i++) {
                assertThat(renders.get(i).get()).isEqualTo(renders.get(i % 2).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void corePropertiesAndTheDocumentLanguageComeFromTheFrontMatter() throws Exception {
        try (XWPFDocument docx = open(render(parse(EVERY_BLOCK), STANDARD, dir))) {
            var core = docx.getProperties().getCoreProperties();

            assertThat(core.getTitle()).isEqualTo("Every block kind");
            assertThat(core.getSubject()).isEqualTo("A fixture that uses every block the model knows.");
            assertThat(core.getCreator()).isEqualTo("Example Clinic");
            assertThat(core.getKeywords()).isEqualTo("fixture, docx");
            assertThat(docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo("en-GB");
        }
    }

    @Test
    void fontSizesSpacingAndPageComeFromTheProfile() throws Exception {
        Profile a4 = Profile.standard(PageSize.A4);
        try (XWPFDocument docx = open(render(parse(SEED), a4, dir))) {
            var defaults = docx.getStyles().getCtStyles().getDocDefaults();
            var section = docx.getDocument().getBody().getSectPr();

            assertThat(defaults.getRPrDefault().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Atkinson Hyperlegible");
            assertThat(defaults.getRPrDefault().getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(24));
            assertThat(defaults.getPPrDefault().getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(348));
            assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getRPr().getSzArray(0).getVal())
                    .isEqualTo(BigInteger.valueOf(48));
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1080));
        }
    }

    @Test
    void pageSizeIsLetterUnlessAskedOtherwise() throws Exception {
        try (XWPFDocument docx = open(render(parse(SEED), STANDARD, dir))) {
            var size = docx.getDocument().getBody().getSectPr().getPgSz();

            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(12240));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(15840));
        }
    }

    @Test
    void fontTableNamesAtkinsonHyperlegibleWithASansSerifFallback() throws Exception {
        try (XWPFDocument docx = open(render(parse(SEED), STANDARD, dir))) {
            var part = docx.getPackage().getPartsByContentType(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml").get(0);
            String xml = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(xml).contains("w:name=\"Atkinson Hyperlegible\"><w:altName w:val=\"Arial\"/><w:family w:val=\"swiss\"/>");
        }
    }

    @Test
    void largePrintHasNoTextBelowEighteenPoints() throws Exception {
        Path docx = render(parse(EVERY_BLOCK), LARGE_PRINT, dir);

        DocxFontSizes.TextSize smallest = DocxFontSizes.read(docx).smallest().orElseThrow();

        assertThat(smallest.pt()).isGreaterThanOrEqualTo(18);
    }

    @Test
    void largePrintHeadingsAreLargerThanItsBodyText() throws Exception {
        try (XWPFDocument docx = open(render(parse(SEED), LARGE_PRINT, dir))) {
            DocxFontSizes sizes = DocxFontSizes.of(docx);

            assertThat(sizes.sizes()).filteredOn(s -> s.text().equals("Why does relapse happen?"))
                    .extracting(DocxFontSizes.TextSize::pt).containsExactly(24.0, 24.0);
            assertThat(sizes.sizes()).filteredOn(s -> s.text().startsWith("There are many"))
                    .extracting(DocxFontSizes.TextSize::pt).containsExactly(18.0, 18.0);
        }
    }

    @Test
    void largePrintTurnsEmphasisIntoBoldAndUsesNoItalicsAnywhere() throws Exception {
        try (XWPFDocument docx = open(render(parse(EVERY_BLOCK), LARGE_PRINT, dir))) {
            XWPFRun emphasis = runWithText(docx, "emphasis");

            assertThat(emphasis.isBold()).isTrue();
            assertThat(emphasis.isItalic()).isFalse();
            assertThat(docx.getStyles().getCtStyles().getStyleList())
                    .allSatisfy(style -> assertThat(style.getRPr() == null || style.getRPr().getIList().isEmpty())
                            .as("style %s sets no italics", style.getStyleId()).isTrue());
            assertThat(docx.getStyles().getCtStyles().getDocDefaults().getPPrDefault().getPPr().getSpacing().getLine())
                    .isEqualTo(BigInteger.valueOf(360));
        }
    }

    @Test
    void standardPrintKeepsEmphasisItalic() throws Exception {
        try (XWPFDocument docx = open(render(parse(EVERY_BLOCK), STANDARD, dir))) {
            XWPFRun emphasis = runWithText(docx, "emphasis");

            assertThat(emphasis.isItalic()).isTrue();
            assertThat(emphasis.isBold()).isFalse();
        }
    }

    @Test
    void noEmptyParagraphIsUsedForSpacing() throws Exception {
        try (XWPFDocument docx = open(render(parse(EVERY_BLOCK), STANDARD, dir))) {
            assertThat(docx.getParagraphs())
                    .allSatisfy(p -> assertThat(!p.getText().isBlank() || !p.getRuns().get(0).getEmbeddedPictures().isEmpty())
                            .as("paragraph %s has text or a picture", p.getCTP()).isTrue());
        }
    }

    @Test
    void footerNumbersThePages() throws Exception {
        try (XWPFDocument docx = open(render(parse(SEED), LARGE_PRINT, dir))) {
            var footer = docx.getFooterList().get(0).getParagraphs().get(0);

            assertThat(footer.getCTP().getFldSimpleList()).extracting(f -> f.getInstr().strip())
                    .containsExactly("PAGE", "NUMPAGES");
            assertThat(footer.getText()).startsWith("Page ");
        }
    }

    @Test
    void callOutIsAShadedBorderedGroupWithABoldLabelFirst() throws Exception {
        try (XWPFDocument docx = open(render(parse(EVERY_BLOCK), STANDARD, dir))) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            int label = paragraphs.stream().map(XWPFParagraph::getText).toList().indexOf("Warning");
            XWPFStyle callout = docx.getStyles().getStyle("Callout");

            assertThat(paragraphs.get(label).getStyleID()).isEqualTo("CalloutLabel");
            assertThat(docx.getStyles().getStyle("CalloutLabel").getCTStyle().getRPr().getBList()).isNotEmpty();
            assertThat(paragraphs.get(label + 1).getStyleID()).isEqualTo("Callout");
            assertThat(paragraphs.get(label + 1).getText()).isEqualTo("Do not stop your medication suddenly.");
            assertThat(callout.getCTStyle().getPPr().getPBdr().isSetLeft()).isTrue();
            assertThat(callout.getCTStyle().getPPr().getShd().xgetFill().getStringValue()).isEqualTo("EEF3F8");
        }
    }

    @Test
    void aParagraphAfterANestedListStaysAfterItAsAnUnnumberedContinuationOfItsItem() throws Exception {
        try (XWPFDocument docx = open(render(parse(ITEM_PARAGRAPH_AFTER_NESTED_LIST), STANDARD, dir))) {
            List<XWPFParagraph> body = docx.getParagraphs().subList(1, docx.getParagraphs().size());
            XWPFParagraph continuation = body.get(3);

            assertThat(body).extracting(XWPFParagraph::getText).containsExactly(
                    "An item with a nested list:", "the nested point one", "the nested point two",
                    "and a closing paragraph after the nested list.", "The next item.");
            assertThat(continuation.getStyleID()).isEqualTo("ListParagraph");
            assertThat(continuation.getNumID()).isEqualTo(BigInteger.ZERO);
            Object itemTextIndent = docx.getNumbering().getAbstractNum(BigInteger.ONE).getCTAbstractNum()
                    .getLvlArray(0).getPPr().getInd().getLeft();
            assertThat(String.valueOf(continuation.getIndentationLeft())).isEqualTo(String.valueOf(itemTextIndent));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.handout.render.docx.RenderedDocx#profiles")
    void aParagraphAfterANestedListReadsBackAsPartOfItsItem(Profile profile) throws Exception {
        Handout handout = parse(ITEM_PARAGRAPH_AFTER_NESTED_LIST);

        Outline found = new DocxOutlineReader().read(render(handout, profile, dir));

        assertThat(found).isEqualTo(Outline.of(handout));
        assertThat(found.items().get(0).text()).endsWith("and a closing paragraph after the nested list.");
    }

    @Test
    void twoRendersOfTheSameHandoutAreByteIdentical() throws Exception {
        Handout handout = parse(EVERY_BLOCK);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        new DocxRenderer().write(handout, LARGE_PRINT, first);
        new DocxRenderer().write(handout, LARGE_PRINT, second);

        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }

    private static XWPFRun runWithText(XWPFDocument docx, String text) {
        return docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> r.text().equals(text)).findFirst().orElseThrow();
    }
}
