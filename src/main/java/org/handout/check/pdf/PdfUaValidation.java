package org.handout.check.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.handout.check.OutputValidator;
import org.handout.check.PdfValidationResult;

/**
 * The PDF/UA-1 validation every PDF format shares. veraPDF takes a second or more to start; it
 * starts on first need, or in the background when {@link #prepare} is called ahead of it, and
 * only once however often either is called.
 */
public final class PdfUaValidation implements OutputValidator {
    private final Supplier<PdfUaValidator> start;
    private final AtomicReference<CompletableFuture<PdfUaValidator>> validator = new AtomicReference<>();

    public PdfUaValidation() {
        this(PdfUaValidator::pdfUa1);
    }

    PdfUaValidation(Supplier<PdfUaValidator> start) {
        this.start = start;
    }

    @Override
    public void prepare() {
        // Only the call that installs the future starts veraPDF: a builder prepares for every handout.
        CompletableFuture<PdfUaValidator> starting = new CompletableFuture<>();
        if (validator.compareAndSet(null, starting)) {
            starting.completeAsync(start);
        }
    }

    @Override
    public PdfValidationResult validate(Path file) throws IOException {
        prepare();
        return validator.get().join().validate(file);
    }
}
