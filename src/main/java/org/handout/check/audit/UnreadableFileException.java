package org.handout.check.audit;

import java.io.IOException;
import java.nio.file.Path;

/** A file the audit cannot read, with the reason in words a reviewer understands: never a class name. */
final class UnreadableFileException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableFileException(Path file, String reason) {
        super(file + ": " + reason);
    }
}
