package org.handout.check.braille;

import java.util.List;
import org.handout.braille.BrailleTable;
import org.handout.check.Difference;

/**
 * The braille gate's outcome for one BRF: how many elements the source says it must hold, the
 * page rules it breaks, how its elements differ from the source's (in the report's own terms),
 * the words that read back otherwise only through a documented ambiguity of contracted braille,
 * the characters of the source that the code writes like others, and the lists whose lines right
 * of their items were read as items, not runovers, as their layout allows (all shown, not failed).
 */
public record BrailleCheck(BrailleTable table, int expected, List<BrailleFinding> layout, List<Difference> differences,
                           List<AcceptedWord> ambiguousWords, List<SharedCell> sharedCells,
                           List<UnprovenRunovers> readAsItems) {
    public BrailleCheck {
        layout = List.copyOf(layout);
        differences = List.copyOf(differences);
        ambiguousWords = List.copyOf(ambiguousWords);
        sharedCells = List.copyOf(sharedCells);
        readAsItems = List.copyOf(readAsItems);
    }

    public boolean passed() {
        return layout.isEmpty() && differences.isEmpty();
    }

    /** A source word that back-translated to {@code readAs}, accepted because of {@code ambiguity}. */
    public record AcceptedWord(String word, String readAs, ContractionAmbiguity ambiguity) {
    }
}
