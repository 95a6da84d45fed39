package org.handout.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.handout.check.Outline;
import org.handout.check.OutlineComparison;
import org.handout.check.pdf.PdfOutlineReader;
import org.handout.check.pdf.PdfUaValidator;
import org.handout.model.Block;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.model.ListBlock;
import org.handout.model.Paragraph;
import org.handout.model.Quote;
import org.handout.render.BuildDate;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standard PDF of the seed handout, built for real and read back with PDFBox and veraPDF. */
class PdfRendererTest {
    @TempDir
    static Path folder;

    private static Handout seed;
    private static Path standard;
    private static Path largePrint;

    @BeforeAll
    static void build() throws Exception {
        seed = RenderedPdf.parse(RenderedPdf.SEED);
        standard = RenderedPdf.render(RenderedPdf.SEED, RenderedPdf.standard(), folder);
        largePrint = RenderedPdf.render(RenderedPdf.SEED, RenderedPdf.largePrint(), folder);
    }

    @Test
    void catalogCarriesTheSourceLanguage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(standard.toFile())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
        }
    }

    @Test
    void titleIsInTheInfoDictionaryAndXmpAndShownByViewers() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(standard.toFile())) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Understanding relapse");
            assertThat(xmp(pdf).getDublinCoreSchema().getTitle()).isEqualTo("Understanding relapse");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void summaryAndKeywordsBecomeSubjectAndKeywords() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(standard.toFile())) {
            assertThat(pdf.getDocumentInformation().getSubject())
                    .isEqualTo("What a relapse is, why it happens, and what to do after one.");
            assertThat(pdf.getDocumentInformation().getKeywords()).isEqualTo("relapse, opioids, recovery");
        }
    }

    @Test
    void datesAreTheBuildDateInInfoAndXmp() throws Exception {
        Instant built = BuildDate.of(seed);
        try (PDDocument pdf = Loader.loadPDF(standard.toFile())) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(built);
            assertThat(pdf.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(built);
            assertThat(xmp(pdf).getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(built);
            assertThat(xmp(pdf).getXMPBasicSchema().getModifyDate().toInstant()).isEqualTo(built);
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(standard.toFile())) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    assertThat(resources.getFont(name).isEmbedded()).as(name.getName()).isTrue();
                    fonts.add(resources.getFont(name).getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("AtkinsonHyperlegible"));
        }
    }

    @Test
    void bookmarksAreTheHeadingsNestedByLevel() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(standard.toFile())) {
            PDOutlineItem title = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(title.getTitle()).isEqualTo("Understanding relapse");
            assertThat(titles(title)).containsExactly("Why does relapse happen?");
            assertThat(title.getNextSibling()).isNull();
        }
    }

    @Test
    void everySentenceOfTheSourceIsInTheExtractedText() throws Exception {
        String extracted;
        try (PDDocument pdf = Loader.loadPDF(standard.toFile())) {
            extracted = withoutWhitespace(new PDFTextStripper().getText(pdf));
        }
        List<String> expected = blockTexts(seed.body());
        assertThat(expected).hasSizeGreaterThan(10);
        for (String text : expected) {
            assertThat(extracted).contains(withoutWhitespace(text));
        }
    }

    @Test
    void structureReadsBackAsTheSourceOutline() throws Exception {
        assertThat(new OutlineComparison().compare(Outline.of(seed), new PdfOutlineReader().read(standard))).isEmpty();
        assertThat(new OutlineComparison().compare(Outline.of(seed), new PdfOutlineReader().read(largePrint))).isEmpty();
    }

    @Test
    void seedFitsTwoLetterPagesAndLargePrintTakesMore() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(standard.toFile());
             PDDocument large = Loader.loadPDF(largePrint.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(large.getNumberOfPages()).isGreaterThan(pdf.getNumberOfPages());
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void a4ProfileLaysOutOnA4() throws Exception {
        Path a4 = RenderedPdf.render(RenderedPdf.SEED, Profile.standard(PageSize.A4), Files.createDirectory(folder.resolve("a4")));
        try (PDDocument pdf = Loader.loadPDF(a4.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, offset(0.5f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(841.89f, offset(0.5f));
        }
    }

    @Test
    void renderingTwiceGivesTheSameBytes() throws Exception {
        assertThat(bytes(seed, RenderedPdf.standard())).isEqualTo(bytes(seed, RenderedPdf.standard()));
        assertThat(bytes(seed, RenderedPdf.largePrint())).isEqualTo(Files.readAllBytes(largePrint));
    }

    @Test
    void oneRendererSharedByManyThreadsGivesTheSameBytes() throws Exception {
        PdfRenderer shared = new PdfRenderer();
        byte[] expected = Files.readAllBytes(standard);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                renders.add(pool.submit(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    shared.write(seed, RenderedPdf.standard(), out);
                    return out.toByteArray();
                }));
            }
            for (Future<byte[]> render : renders) {
                assertThat(render.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void bothProfilesPassVeraPdfPdfUa1() throws Exception {
        PdfUaValidator validator = PdfUaValidator.pdfUa1();
        assertThat(validator.validate(standard).failedRules()).isEmpty();
        assertThat(validator.validate(largePrint).failedRules()).isEmpty();
    }

    @Test
    void everyBlockKindRendersToAValidTaggedPdf() throws Exception {
        Path pdf = RenderedPdf.render(RenderedPdf.EVERY_BLOCK, RenderedPdf.standard(),
                Files.createDirectory(folder.resolve("every-block")));
        assertThat(PdfUaValidator.pdfUa1().validate(pdf).failedRules()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de-DE");
            List<PDStructureElement> figures = elements(document.getDocumentCatalog().getStructureTreeRoot(), "Figure");
            assertThat(figures).extracting(PDStructureElement::getAlternateDescription)
                    .containsExactly("The clinic's front door");
            assertThat(elements(document.getDocumentCatalog().getStructureTreeRoot(), "TH")).hasSize(2);
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Riverside Clinic");
        }
    }

    @Test
    void characterWithoutAGlyphIsRefusedWithItsCodePointAndLine() throws Exception {
        Handout emoji = RenderedPdf.parse(Path.of("src/test/resources/render/emoji.md"));
        assertThatThrownBy(() -> new PdfRenderer().write(emoji, RenderedPdf.standard(), new ByteArrayOutputStream()))
                .isInstanceOf(InvalidHandoutException.class)
                .hasMessageContaining("U+1F600")
                .hasMessageContaining("emoji.md:8:");
    }

    private static byte[] bytes(Handout handout, Profile profile) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().write(handout, profile, out);
        return out.toByteArray();
    }

    private static XMPMetadata xmp(PDDocument pdf) throws Exception {
        try (InputStream in = pdf.getDocumentCatalog().getMetadata().createInputStream()) {
            return new DomXmpParser().parse(in);
        }
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> titles = new ArrayList<>();
        node.children().forEach(child -> titles.add(child.getTitle()));
        return titles;
    }

    private static List<PDStructureElement> elements(PDStructureNode node, String type) {
        List<PDStructureElement> found = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    found.add(element);
                }
                found.addAll(elements(element, type));
            }
        }
        return found;
    }

    /** The text of every paragraph, quote and list item, which the PDF must all draw. */
    private static List<String> blockTexts(List<Block> blocks) {
        List<String> texts = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                texts.add(paragraph.plainText());
            } else if (block instanceof Quote quote) {
                texts.addAll(blockTexts(quote.body()));
                quote.attributionText().ifPresent(texts::add);
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> texts.addAll(blockTexts(item.body())));
            }
        }
        return texts;
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
