package org.handout.check.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.handout.check.OutputFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfUaValidationTest {

    @TempDir
    Path dir;

    @Test
    void veraPdfStartsOnceHoweverOftenItIsPreparedAndUsed() throws IOException {
        AtomicInteger starts = new AtomicInteger();
        PdfUaValidation validation = new PdfUaValidation(() -> {
            starts.incrementAndGet();
            return PdfUaValidator.pdfUa1();
        });
        Path pdf = OutputFixtures.taggedPdf(OutputFixtures.SEED_HTML, dir.resolve("tagged.pdf"));

        validation.prepare();
        validation.prepare();
        validation.validate(pdf);
        validation.prepare();

        assertThat(validation.validate(pdf).compliant()).isTrue();
        assertThat(starts).hasValue(1);
    }
}
