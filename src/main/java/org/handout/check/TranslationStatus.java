package org.handout.check;

import java.util.List;

/**
 * How a translation compares with the handout it translates: each structural mismatch and the
 * "may be out of date" note, as sentences; none when it matches and is current. Warnings, not
 * failures, unless the build is run with --strict-translations.
 */
public record TranslationStatus(String sourceSlug, List<String> warnings) {
    public TranslationStatus {
        warnings = List.copyOf(warnings);
    }
}
