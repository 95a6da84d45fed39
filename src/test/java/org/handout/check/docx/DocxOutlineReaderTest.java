package org.handout.check.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.check.docx.WordLikeDocx.paragraph;
import static org.handout.check.docx.WordLikeDocx.paragraphStyle;
import static org.handout.check.docx.WordLikeDocx.withStyles;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.handout.check.Outline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocxOutlineReaderTest {
    private static final String HEADINGS = paragraphStyle("Normal", "Normal", null, "")
            + paragraphStyle("Heading2", "heading 2", "Normal", "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>")
            + paragraphStyle("SectionTitle", "Section Title", "Heading2", "")
            + paragraphStyle("Quote", "Quote", "Normal", "")
            + paragraphStyle("Zitat", "Pull Quote", "Quote", "")
            + paragraphStyle("QuoteSource", "Quote Attribution", "Quote", "")
            + paragraphStyle("ListParagraph", "List Paragraph", "Normal", "");

    private final DocxOutlineReader reader = new DocxOutlineReader();

    @Test
    void aStyleBasedOnAHeadingStyleIsAHeadingOfThatLevel() throws Exception {
        try (XWPFDocument docx = withStyles("", HEADINGS)) {
            paragraph(docx, "SectionTitle", "Side effects");

            assertThat(reader.read(docx).headings()).containsExactly(new Outline.HeadingEntry(2, "Side effects"));
        }
    }

    @Test
    void aParagraphsOwnOutlineLevelMakesItAHeading() throws Exception {
        try (XWPFDocument docx = withStyles("", HEADINGS)) {
            XWPFParagraph p = paragraph(docx, null, "Dosage");
            p.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(2));

            assertThat(reader.read(docx).headings()).containsExactly(new Outline.HeadingEntry(3, "Dosage"));
        }
    }

    @Test
    void bigBoldTextInNormalStyleIsNotAHeading() throws Exception {
        try (XWPFDocument docx = withStyles("", HEADINGS)) {
            XWPFParagraph p = paragraph(docx, "Normal", "Looks like a heading");
            p.getRuns().get(0).setBold(true);
            p.getRuns().get(0).setFontSize(24);

            assertThat(reader.read(docx).headings()).isEmpty();
        }
    }

    @Test
    void consecutiveQuoteParagraphsAreOneQuoteEndedByItsAttribution() throws Exception {
        try (XWPFDocument docx = withStyles("", HEADINGS)) {
            paragraph(docx, "Quote", "First part.");
            paragraph(docx, "Zitat", "Second part.");
            paragraph(docx, "QuoteSource", "— A nurse");
            paragraph(docx, "Quote", "Another quote.");
            paragraph(docx, "Normal", "Body text.");

            assertThat(reader.read(docx).quotes()).containsExactly(
                    new Outline.QuoteEntry("First part. Second part.", Optional.of("A nurse")),
                    new Outline.QuoteEntry("Another quote.", Optional.empty()));
        }
    }

    @Test
    void aQuoteParagraphStartingWithADashIsTheAttribution() throws Exception {
        try (XWPFDocument docx = withStyles("", HEADINGS)) {
            paragraph(docx, "Quote", "Keep going.");
            paragraph(docx, "Quote", "-- A counselor");

            assertThat(reader.read(docx).quotes())
                    .containsExactly(new Outline.QuoteEntry("Keep going.", Optional.of("A counselor")));
        }
    }

    /** The HTML and PDF readers accept the same dashes; a DOCX edited in Word must not lose the attribution. */
    @ParameterizedTest
    @ValueSource(strings = {"\u2014", "\u2013", "\u2015", "\u2012", "--"})
    void everyAttributionDashTheOtherReadersAcceptStartsAnAttribution(String dash) throws Exception {
        try (XWPFDocument docx = withStyles("", HEADINGS)) {
            paragraph(docx, "Quote", "Keep going.");
            paragraph(docx, "Quote", dash + " A counselor");

            assertThat(reader.read(docx).quotes())
                    .containsExactly(new Outline.QuoteEntry("Keep going.", Optional.of("A counselor")));
        }
    }

    /** As handout writes it: each quotation's bookmark spans it, from its first paragraph to its last. */
    @Test
    void aQuoteParagraphAfterAQuoteNestedInsideGoesBackToTheQuoteAroundIt() throws Exception {
        try (XWPFDocument docx = withStyles("", HEADINGS)) {
            XWPFParagraph outerStart = paragraph(docx, "Quote", "Opens.");
            XWPFParagraph inner = paragraph(docx, "Quote", "Nested.");
            paragraph(docx, "Quote", "Goes on.");
            XWPFParagraph outerEnd = paragraph(docx, "QuoteSource", "— A nurse");
            bookmark(outerStart, 1, "_Quote1");
            bookmark(inner, 2, "_Quote2");
            inner.getCTP().addNewBookmarkEnd().setId(BigInteger.TWO);
            outerEnd.getCTP().addNewBookmarkEnd().setId(BigInteger.ONE);

            assertThat(reader.read(docx).quotes()).containsExactly(
                    new Outline.QuoteEntry("Opens. Goes on.", Optional.of("A nurse")),
                    new Outline.QuoteEntry("Nested.", Optional.empty()));
        }
    }

    /** Earlier versions of handout start and end the bookmark in a quotation's first paragraph. */
    @Test
    void aBookmarkEndedInTheFirstParagraphStillLetsTheQuotationGoOn() throws Exception {
        try (XWPFDocument docx = withStyles("", HEADINGS)) {
            XWPFParagraph first = paragraph(docx, "Quote", "First part.");
            bookmark(first, 1, "_Quote1");
            first.getCTP().addNewBookmarkEnd().setId(BigInteger.ONE);
            paragraph(docx, "Quote", "Second part.");
            XWPFParagraph next = paragraph(docx, "Quote", "Another quote.");
            bookmark(next, 2, "_Quote2");
            next.getCTP().addNewBookmarkEnd().setId(BigInteger.TWO);

            assertThat(reader.read(docx).quotes()).containsExactly(
                    new Outline.QuoteEntry("First part. Second part.", Optional.empty()),
                    new Outline.QuoteEntry("Another quote.", Optional.empty()));
        }
    }

    @Test
    void numberedParagraphsAreListItemsOneDeeperThanTheirLevel() throws Exception {
        try (XWPFDocument docx = withStyles("", HEADINGS)) {
            numbered(paragraph(docx, null, "Top"), 1, 0);
            numbered(paragraph(docx, null, "Nested"), 1, 1);
            numbered(paragraph(docx, null, "Numbering switched off"), 0, 0);

            assertThat(reader.read(docx).items()).containsExactly(
                    new Outline.ListEntry("Top", 1), new Outline.ListEntry("Nested", 2));
        }
    }

    @Test
    void anUnnumberedListParagraphAfterANestedListContinuesTheItemAtItsKeptLevel() throws Exception {
        try (XWPFDocument docx = withStyles("", HEADINGS)) {
            numbered(paragraph(docx, "ListParagraph", "Top"), 1, 0);
            numbered(paragraph(docx, "ListParagraph", "Nested"), 2, 1);
            numbered(paragraph(docx, "ListParagraph", "and more about the top item."), 0, 0);

            assertThat(reader.read(docx).items()).containsExactly(
                    new Outline.ListEntry("Top and more about the top item.", 1), new Outline.ListEntry("Nested", 2));
        }
    }

    @Test
    void anUnnumberedListParagraphTypedInWordContinuesTheItemJustBeforeIt() throws Exception {
        try (XWPFDocument docx = withStyles("", HEADINGS)) {
            numbered(paragraph(docx, "ListParagraph", "Top"), 1, 0);
            paragraph(docx, "ListParagraph", "continued.");
            paragraph(docx, "Normal", "Body text.");
            paragraph(docx, "ListParagraph", "Not part of any item.");

            assertThat(reader.read(docx).items()).containsExactly(new Outline.ListEntry("Top continued.", 1));
        }
    }

    @Test
    void titleFallsBackToTheLevelOneHeadingAndLanguageToTheFirstRun() throws Exception {
        try (XWPFDocument docx = withStyles("", paragraphStyle("Heading1", "heading 1", null,
                "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>"))) {
            paragraph(docx, "Heading1", "Caring for a wound").getRuns().get(0).setLang("fr-CA");

            Outline outline = reader.read(docx);

            assertThat(outline.title()).isEqualTo("Caring for a wound");
            assertThat(outline.lang()).isEqualTo("fr-CA");
        }
    }

    @Test
    void languageInTheStyleDefaultsWinsOverTheFirstRun() throws Exception {
        try (XWPFDocument docx = withStyles("<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"es-US\"/>"
                + "</w:rPr></w:rPrDefault></w:docDefaults>", "")) {
            paragraph(docx, null, "Hola").getRuns().get(0).setLang("en-US");

            assertThat(reader.read(docx).lang()).isEqualTo("es-US");
        }
    }

    @Test
    void picturesAreReadWithTheirAltTextAndLinksWithTheirTargets() throws Exception {
        try (XWPFDocument docx = withStyles("", "");
             InputStream png = Files.newInputStream(Path.of("src/test/resources/docx/clinic-map.png"))) {
            var run = docx.createParagraph().createRun();
            run.addPicture(png, PictureType.PNG, "clinic-map.png", Units.toEMU(90), Units.toEMU(45));
            run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr("Clinic entrance");
            docx.createParagraph().createHyperlinkRun("tel:+15550100").setText("Call us");

            Outline outline = reader.read(docx);

            assertThat(outline.images()).containsExactly(new Outline.ImageEntry("Clinic entrance", false));
            assertThat(outline.links()).containsExactly(new Outline.LinkEntry("Call us", "tel:+15550100"));
        }
    }

    private static void bookmark(XWPFParagraph p, int id, String name) {
        CTBookmark start = p.getCTP().insertNewBookmarkStart(0);
        start.setId(BigInteger.valueOf(id));
        start.setName(name);
    }

    private static void numbered(XWPFParagraph p, int numId, int level) {
        p.setNumID(BigInteger.valueOf(numId));
        p.setNumILvl(BigInteger.valueOf(level));
    }
}
