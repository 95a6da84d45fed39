package org.handout.check.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.handout.check.OutputValidator;
import org.handout.check.PdfValidationResult;

/**
 * The PDF/UA-1 validation every PDF format shares. veraPDF takes a second or more to start; it
 * starts on first need, or in the background when {@link #prepare} is called ahead of it.
 */
public final class PdfUaValidation implements OutputValidator {
    private final AtomicReference<CompletableFuture<PdfUaValidator>> validator = new AtomicReference<>();

    @Override
    public void prepare() {
        validator.compareAndSet(null, CompletableFuture.supplyAsync(PdfUaValidator::pdfUa1));
    }

    @Override
    public PdfValidationResult validate(Path file) throws IOException {
        prepare();
        return validator.get().join().validate(file);
    }
}
