package org.handout.check.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.util.Units;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/** Word Accessibility Checker rules on documents made with POI: once where each must fire, once where it must not. */
class DocxHeuristicsTest {

    /** A titled English document with a level-1 heading, plus what {@code body} adds. */
    private static List<String> ids(Consumer<XWPFDocument> body) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.getProperties().getCoreProperties().setTitle("Understanding relapse");
            XWPFRun title = heading(document, 1, "Understanding relapse");
            title.getCTR().addNewRPr().addNewLang().setVal("en-US");
            body.accept(document);
            Inspection inspection = DocxInspector.inspect(document);
            List<Finding> findings = new ArrayList<>(inspection.formatFindings());
            findings.addAll(StructureHeuristics.of(inspection.tree()));
            return findings.stream().map(Finding::id).toList();
        }
    }

    private static XWPFRun heading(XWPFDocument document, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        return run;
    }

    private static void text(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    private static CTNonVisualDrawingProps picture(XWPFDocument document) {
        try {
            XWPFRun run = document.createParagraph().createRun();
            run.addPicture(new ByteArrayInputStream(onePixelPng()), Document.PICTURE_TYPE_PNG, "photo.png",
                    Units.toEMU(20), Units.toEMU(20));
            return run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] onePixelPng() throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    @Test
    void wellFormedDocumentHasNoFindings() throws IOException {
        assertThat(ids(document -> text(document, "Body text."))).isEmpty();
    }

    @Test
    void pictureWithoutAltText() throws IOException {
        assertThat(ids(document -> picture(document).unsetDescr())).contains("figure.alt-missing");
        assertThat(ids(document -> picture(document).setDescr("A nurse at the front desk"))).doesNotContain("figure.alt-missing");
    }

    @Test
    void pictureWhoseAltTextIsItsFileName() throws IOException {
        assertThat(ids(document -> picture(document).setDescr("photo.png"))).contains("figure.alt-meaningless");
        assertThat(ids(document -> picture(document).setDescr("A nurse at the front desk"))).doesNotContain("figure.alt-meaningless");
    }

    @Test
    void tableWithoutHeaderRow() throws IOException {
        assertThat(ids(document -> document.createTable(2, 2))).contains("table.no-header-cells");
        assertThat(ids(document -> document.createTable(2, 2).getRow(0).setRepeatHeader(true)))
                .doesNotContain("table.no-header-cells");
    }

    @Test
    void tableWithMergedCells() throws IOException {
        assertThat(ids(document -> {
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).setRepeatHeader(true);
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
        })).contains("table.merged-cells");
        assertThat(ids(document -> document.createTable(2, 2).getRow(0).setRepeatHeader(true))).doesNotContain("table.merged-cells");
    }

    @Test
    void headingOrder() throws IOException {
        assertThat(ids(document -> heading(document, 3, "Why"))).contains("heading.skipped-level");
        assertThat(ids(document -> heading(document, 2, "Why"))).doesNotContain("heading.skipped-level");
    }

    @Test
    void missingTitle() throws IOException {
        assertThat(ids(document -> document.getProperties().getCoreProperties().setTitle(""))).contains("document.title-missing");
        assertThat(ids(document -> text(document, "Body text."))).doesNotContain("document.title-missing");
    }

    @Test
    void missingLanguage() throws IOException {
        assertThat(ids(document -> document.getParagraphs().get(0).getRuns().get(0).getCTR().getRPr().removeLang(0)))
                .contains("document.lang-missing");
        assertThat(ids(document -> text(document, "Body text."))).doesNotContain("document.lang-missing");
    }

    @Test
    void bulletsTypedInsteadOfAList() throws IOException {
        assertThat(ids(document -> {
            text(document, "• Call a friend");
            text(document, "• Go to a meeting");
        })).contains("list.not-tagged");
        assertThat(ids(document -> {
            document.createParagraph().setNumID(BigInteger.ONE);
            document.getLastParagraph().createRun().setText("Call a friend");
            document.createParagraph().setNumID(BigInteger.ONE);
            document.getLastParagraph().createRun().setText("Go to a meeting");
        })).doesNotContain("list.not-tagged");
    }

    @Test
    void blankParagraphsUsedForSpace() throws IOException {
        assertThat(ids(document -> {
            document.createParagraph();
            document.createParagraph();
            text(document, "Further down.");
        })).contains("layout.blank-paragraphs");
        assertThat(ids(document -> {
            document.createParagraph();
            text(document, "Further down.");
        })).doesNotContain("layout.blank-paragraphs");
    }

    @Test
    void runsOfSpacesUsedForLayout() throws IOException {
        assertThat(ids(document -> text(document, "Name:          Date:"))).contains("layout.repeated-spaces");
        assertThat(ids(document -> text(document, "Name: Date:"))).doesNotContain("layout.repeated-spaces");
    }

    @Test
    void floatingObject() throws IOException {
        assertThat(ids(document -> {
            CTNonVisualDrawingProps docPr = document.createParagraph().createRun().getCTR().addNewDrawing().addNewAnchor().addNewDocPr();
            docPr.setName("Shape 1");
            docPr.setDescr("A map of the clinic");
        })).contains("object.floating");
        assertThat(ids(document -> picture(document).setDescr("A map of the clinic"))).doesNotContain("object.floating");
    }
}
