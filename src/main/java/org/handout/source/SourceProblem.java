package org.handout.source;

import org.handout.model.SourceSpan;

/** A problem found inside the text, before the parser knows the file it came from. */
final class SourceProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient SourceSpan at;

    SourceProblem(SourceSpan at, String message) {
        super(message);
        this.at = at;
    }

    SourceSpan at() {
        return at;
    }
}
