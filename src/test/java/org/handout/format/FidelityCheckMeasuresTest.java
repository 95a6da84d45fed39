package org.handout.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handout.Fixtures;
import org.handout.check.ContrastRatio;
import org.handout.check.ExpectedContent;
import org.handout.check.FidelityCheck;
import org.handout.check.FormatCheck;
import org.handout.check.Measure;
import org.handout.check.OutputFixtures;
import org.handout.check.PrintMeasures;
import org.handout.model.Handout;
import org.handout.render.PageSize;
import org.handout.render.PageWords;
import org.handout.render.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every print measure the check takes can fail: each is shown failing once on a real file that
 * breaks its rule, taken through FidelityCheck as a build takes it. A standard-print file checked
 * as large print breaks the large-print rules (12 pt text, 9 pt footer, italics, 1.45 line
 * spacing). The standard "smallest text" only informs and has no rule to break.
 */
class FidelityCheckMeasuresTest {
    private static final PageSize LETTER = PageSize.LETTER;

    @TempDir
    static Path dir;

    private static Handout handout;
    private static Path standardPdf;
    private static Path standardDocx;

    @BeforeAll
    static void renderStandardPrint() throws Exception {
        handout = Fixtures.parse(Fixtures.EVERY_BLOCK);
        standardPdf = render(OutputFormats.PDF);
        standardDocx = render(OutputFormats.DOCX);
    }

    private static Path render(OutputFormat format) throws Exception {
        Path file = dir.resolve(format.fileName(handout.slug()));
        try (OutputStream out = Files.newOutputStream(file)) {
            format.renderer().write(handout, format.profileFor(LETTER), out);
        }
        return file;
    }

    private static Measure measured(FormatCheck format, Path file, String measure) throws IOException {
        return new FidelityCheck().check(format, file, file.getFileName().toString(), ExpectedContent.of(handout, PageWords.of(handout.meta().lang())::label)).measures()
                .stream().filter(m -> m.name().equals(measure)).findFirst().orElseThrow();
    }

    /** Text and page numbers below 18 pt, an italic font, lines closer than 1.5 × their size. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"smallest text", "smallest page number or footer text", "italic fonts", "tightest line spacing"})
    void everyLargePrintPdfRuleFailsOnAStandardPrintPdf(String rule) throws IOException {
        Measure measure = measured(OutputFormats.LARGE_PRINT_PDF.check(LETTER), standardPdf, rule);

        assertThat(measure.passed()).as(measure.value()).isFalse();
    }

    @Test
    void aPdfWithAFontItDoesNotEmbedFails() throws IOException {
        Path untagged = OutputFixtures.untaggedPdf(dir.resolve("untagged.pdf"));

        Measure measure = measured(OutputFormats.PDF.check(LETTER), untagged, "fonts embedded");

        assertThat(measure.passed()).isFalse();
        assertThat(measure.value()).contains("not embedded: ", "Helvetica");
    }

    @Test
    void largePrintDocxTextBelowEighteenPointFails() throws IOException {
        Measure measure = measured(OutputFormats.LARGE_PRINT_DOCX.check(LETTER), standardDocx, "smallest text");

        assertThat(measure.passed()).as(measure.value()).isFalse();
    }

    @Test
    void aStylesheetWithTextColourBelowTheMinimumContrastFails() throws IOException {
        String greyOnWhite = "body { color: #777777; background: #ffffff; }";
        FormatCheck pdf = OutputFormats.PDF.check(LETTER);
        FormatCheck greyPdf = new FormatCheck(pdf.name(), pdf.reading(),
                List.of(PrintMeasures.contrast(greyOnWhite, ContrastRatio.STANDARD_MINIMUM)), Optional.empty());

        Measure measure = measured(greyPdf, standardPdf, "text contrast");

        assertThat(measure.passed()).isFalse();
        assertThat(measure.value()).contains("#777777");
    }
}
