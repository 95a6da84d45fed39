package org.handout.model;

import java.nio.file.Path;

/**
 * A handout that cannot be built as written. The message is one line a clinic's editor can act
 * on: the file, the line and column where known, what is wrong and what to do.
 */
public final class InvalidHandoutException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Path file;
    private final SourceSpan at;
    private final String problem;

    public InvalidHandoutException(Path file, SourceSpan at, String problem) {
        super(format(file, at, problem));
        this.file = file;
        this.at = at;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public SourceSpan at() {
        return at;
    }

    public String problem() {
        return problem;
    }

    private static String format(Path file, SourceSpan at, String problem) {
        String where = at.known() ? file + ":" + at.line() + ":" + at.column() : file.toString();
        return where + ": " + problem;
    }
}
