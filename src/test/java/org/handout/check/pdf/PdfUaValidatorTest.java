package org.handout.check.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.handout.check.OutputFixtures;
import org.handout.check.PdfValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfUaValidatorTest {

    private final PdfUaValidator validator = PdfUaValidator.pdfUa1();

    @TempDir
    Path dir;

    @Test
    void aTaggedPdfMadeInPdfUaModePassesPdfUa1() throws IOException {
        Path pdf = OutputFixtures.taggedPdf(OutputFixtures.SEED_HTML, dir.resolve("tagged.pdf"));

        PdfValidationResult result = validator.validate(pdf);

        assertThat(result.failedRules()).isEmpty();
        assertThat(result.compliant()).isTrue();
        assertThat(result.flavour()).isEqualTo("ua1");
    }

    @Test
    void anUntaggedPdfFailsAndNamesTheRulesItBreaks() throws IOException {
        Path pdf = OutputFixtures.untaggedPdf(dir.resolve("untagged.pdf"));

        PdfValidationResult result = validator.validate(pdf);

        assertThat(result.compliant()).isFalse();
        assertThat(result.failedRules()).extracting(PdfValidationResult.FailedRule::id)
                // 7.1-11: no structure tree; 7.2-34: no language; 7.21.4.1-1: Helvetica is not embedded.
                .contains("7.1-11", "7.2-34", "7.21.4.1-1");
        assertThat(result.failedRules()).allSatisfy(rule -> {
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.failedChecks()).isPositive();
        });
    }

    @Test
    void failedRulesAreListedInClauseOrder() throws IOException {
        Path pdf = OutputFixtures.untaggedPdf(dir.resolve("untagged.pdf"));

        PdfValidationResult result = validator.validate(pdf);

        assertThat(result.failedRules()).isSortedAccordingTo(PdfValidationResult.FailedRule.CLAUSE_ORDER);
    }

    @Test
    void oneSharedValidatorGivesEachThreadItsOwnResult() throws Exception {
        Path tagged = OutputFixtures.taggedPdf(OutputFixtures.SEED_HTML, dir.resolve("tagged.pdf"));
        Path untagged = OutputFixtures.untaggedPdf(dir.resolve("untagged.pdf"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PdfValidationResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Path pdf = i % 2 == 0 ? tagged : untagged;
                results.add(pool.submit(() -> validator.validate(pdf)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get().compliant()).as("result %d", i).isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePdfUa1ProfileIsReadFromVeraPdfsOwnFileOfIt() {
        // Without that file the validator still works, through veraPDF's slower profile directory.
        assertThat(PdfUaValidator.class.getResource(PdfUaValidator.PDF_UA_1_PROFILE)).isNotNull();
        assertThat(PdfUaValidator.pdfUa1Profile().getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFUA_1);
        assertThat(PdfUaValidator.pdfUa1Profile().getRules()).hasSizeGreaterThan(50);
    }

    @Test
    void aFlavourWithoutABundledProfileIsRefusedUpFront() {
        assertThatThrownBy(() -> new PdfUaValidator(PDFAFlavour.WCAG_2_2_MACHINE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wcag2m");
    }

    @Test
    void aFileThatIsNotAPdfIsAnIoErrorNotAFailedValidation() throws IOException {
        Path notPdf = Files.writeString(dir.resolve("not.pdf"), "plain text");

        assertThatThrownBy(() -> validator.validate(notPdf)).isInstanceOf(IOException.class);
    }
}
