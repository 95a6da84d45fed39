package org.handout.source;

import java.nio.file.Path;
import org.handout.model.SourceSpan;

/** Something the parser changed to keep the handout safe, e.g. raw HTML shown as text. */
public record SourceWarning(Path file, SourceSpan at, String message) {
    @Override
    public String toString() {
        return file + ":" + at.line() + ":" + at.column() + ": warning: " + message;
    }
}
