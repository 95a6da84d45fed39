package org.handout.source;

import org.handout.model.SourceSpan;

/** A front matter's {@code translation-of: <slug>} and where it is written, for the error if the slug names nothing. */
record TranslationReference(String slug, SourceSpan at) {
}
