package org.handout.check;

import java.io.IOException;
import java.nio.file.Path;

/** A validator a format's files must pass, e.g. veraPDF's PDF/UA-1 for the PDFs. */
public interface OutputValidator {
    PdfValidationResult validate(Path file) throws IOException;

    /** Starts whatever is slow to start in the background, ahead of the first file; by default nothing. */
    default void prepare() {
    }
}
