package org.handout.check.braille;

import java.util.List;
import org.handout.braille.BrailleTable;

/**
 * The braille gate's outcome for one BRF: how many elements the source says it must hold, what
 * fails it, and the words that read back otherwise only through a documented ambiguity of
 * contracted braille (shown, not failed).
 */
public record BrailleCheck(BrailleTable table, int expected, List<BrailleFinding> findings,
                           List<AcceptedWord> ambiguousWords) {
    public BrailleCheck {
        findings = List.copyOf(findings);
        ambiguousWords = List.copyOf(ambiguousWords);
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    /** A source word that back-translated to {@code readAs}, accepted because of {@code ambiguity}. */
    public record AcceptedWord(String word, String readAs, ContractionAmbiguity ambiguity) {
    }
}
