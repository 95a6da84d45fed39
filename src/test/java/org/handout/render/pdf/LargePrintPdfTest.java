package org.handout.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.handout.check.ContrastRatio;
import org.handout.check.StylesheetContrast;
import org.handout.check.pdf.GlyphReport;
import org.handout.check.pdf.GlyphReport.FontUse;
import org.handout.check.pdf.GlyphReport.TextLine;
import org.handout.check.pdf.PdfGlyphMetrics;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large-print rules, measured on the glyphs of the real large-print PDF of the seed handout. */
class LargePrintPdfTest {
    /** Text laid out in points lands on positions a fraction of a point apart. */
    private static final double TOLERANCE_PT = 1.0;

    @TempDir
    static Path folder;

    private static GlyphReport seed;
    private static Profile profile;

    @BeforeAll
    static void build() throws Exception {
        profile = Profile.largePrint(PageSize.LETTER);
        seed = PdfGlyphMetrics.measure(RenderedPdf.render(RenderedPdf.SEED, profile, folder));
    }

    @Test
    void everyVisibleGlyphIsAtLeast18Points() {
        assertThat(seed.minGlyphPt()).isGreaterThanOrEqualTo(18.0);
        assertThat(seed.medianGlyphPt()).isGreaterThanOrEqualTo(18.0);
    }

    @Test
    void footerAndPageNumbersAreAtLeast18PointsToo() {
        assertThat(seed.minArtifactGlyphPt()).isGreaterThanOrEqualTo(18.0);
    }

    @Test
    void headingsAreLargerThanBodyTextAndBold() {
        TextLine title = seed.lines().get(0);
        assertThat(title.text()).isEqualTo("Understanding relapse");
        assertThat(title.fontPt()).isGreaterThan(seed.medianGlyphPt());
        assertThat(seed.fonts()).extracting(FontUse::name).anyMatch(name -> name.endsWith("AtkinsonHyperlegible-Bold"));
    }

    @Test
    void onlyAtkinsonHyperlegibleAndNoItalics() {
        assertThat(seed.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.name()).contains("AtkinsonHyperlegible");
            assertThat(font.italic()).as(font.name()).isFalse();
        });
    }

    @Test
    void emphasisIsBoldNotItalic() throws Exception {
        Path folderForFixture = Files.createDirectory(folder.resolve("every-block"));
        GlyphReport large = PdfGlyphMetrics.measure(RenderedPdf.render(RenderedPdf.EVERY_BLOCK, profile, folderForFixture));
        GlyphReport standard = PdfGlyphMetrics.measure(
                RenderedPdf.render(RenderedPdf.EVERY_BLOCK, Profile.standard(PageSize.LETTER), folderForFixture));
        assertThat(standard.fonts()).anyMatch(FontUse::italic);
        assertThat(large.fonts()).noneMatch(FontUse::italic);
    }

    @Test
    void everyLineStartsAtALeftEdgeItSharesWithOtherLines() {
        assertThat(seed.linesOffLeftEdges(TOLERANCE_PT)).isEmpty();
    }

    @Test
    void textIsRaggedRightNotJustified() {
        assertThat(seed.raggedRight(TOLERANCE_PT)).isTrue();
    }

    @Test
    void marginsAreAtLeastThreeQuartersOfAnInch() {
        assertThat(seed.lines()).allSatisfy(line -> {
            assertThat(line.startX()).isGreaterThanOrEqualTo(54.0);
            assertThat(line.endX()).isLessThanOrEqualTo(PageSize.LETTER.widthPt() - 54.0);
        });
    }

    @Test
    void linesAreAtLeastOneAndAHalfTimesTheirSizeApart() {
        assertThat(seed.lineSpacingRatios()).isNotEmpty().allSatisfy(ratio -> assertThat(ratio).isGreaterThan(1.49));
    }

    /** A line may end in a hyphen only where the source itself has one, as in "opioid-free". */
    @Test
    void noHyphenIsAddedAtALineEnd() throws Exception {
        String source = Files.readString(RenderedPdf.SEED);
        for (TextLine line : seed.linesEndingWithHyphen()) {
            String[] words = line.text().strip().split(" ");
            TextLine next = seed.lines().get(seed.lines().indexOf(line) + 1);
            String joined = words[words.length - 1] + next.text().strip().split(" ")[0];
            assertThat(source).as("line ends '%s'", line.text()).contains(joined);
        }
    }

    @Test
    void noHeadingIsTheLastLineOfAPage() {
        List<TextLine> lines = seed.lines();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            boolean heading = line.fontPt() > profile.bodyPt();
            boolean lastOnPage = i + 1 == lines.size() || lines.get(i + 1).page() != line.page();
            assertThat(heading && lastOnPage).as("heading '%s' ends page %d", line.text(), line.page()).isFalse();
        }
    }

    @Test
    void everyPrintColourMeetsSevenToOne() {
        assertThat(StylesheetContrast.failures(PrintStylesheet.of(profile), ContrastRatio.LARGE_PRINT_MINIMUM)).isEmpty();
    }

    @Test
    void standardPrintColoursMeetFourAndAHalfToOne() {
        assertThat(StylesheetContrast.failures(PrintStylesheet.of(Profile.standard(PageSize.LETTER)),
                ContrastRatio.STANDARD_MINIMUM)).isEmpty();
    }

    @Test
    void profileNumbersReachTheStylesheet() {
        String css = PrintStylesheet.of(profile);
        assertThat(css).contains("font-size: 18.0pt", "line-height: 1.5", "margin: 72.0pt", "size: 612.0pt 792.0pt")
                .contains("em, i, cite { font-style: normal; font-weight: bold; }");
    }

    /**
     * The long-runs fixture's text just fills one large-print page; the space after its last
     * paragraph once went to a second page that held nothing but the footer.
     */
    @Test
    void everyPageHoldsTextOfTheHandoutNotOnlyItsFooter() throws Exception {
        Path folderForFixture = Files.createDirectory(folder.resolve("long-runs"));
        Path pdf = RenderedPdf.render(Path.of("src/test/resources/text/long-unbreakable-runs.md"), profile, folderForFixture);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                assertThat(extractor.getMarkedContents())
                        .as("page %d of %d", document.getPages().indexOf(page) + 1, document.getNumberOfPages())
                        .anyMatch(content -> !content.getTag().equals("Artifact") && !content.getContents().isEmpty());
            }
        }
    }
}
