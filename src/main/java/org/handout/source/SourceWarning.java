package org.handout.source;

import java.nio.file.Path;
import org.handout.model.SourceSpan;

/**
 * Something the parser changed to keep the handout safe, e.g. raw HTML shown as text; named by its
 * file and line, or by its file alone when it concerns the whole handout, as errors are.
 */
public record SourceWarning(Path file, SourceSpan at, String message) {
    @Override
    public String toString() {
        return (at.known() ? file + ":" + at.line() + ":" + at.column() : file.toString()) + ": warning: " + message;
    }
}
