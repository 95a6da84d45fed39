package org.handout.check;

import java.util.List;
import java.util.function.Function;
import org.handout.model.Handout;
import org.handout.model.NoteKind;

/**
 * What every output of a handout must carry, worked out once per handout and shared by its formats: the
 * outline (structure) and the whole text in reading order, and the handout itself for a format held to it by
 * a comparison of its own (braille), with the call-out labels every format prints in the handout's language.
 */
public record ExpectedContent(Handout handout, Outline outline, List<TextBlock> text,
                              Function<NoteKind, String> callOutLabels) {
    public ExpectedContent {
        text = List.copyOf(text);
    }

    /** @param callOutLabels the label each format prints above a call-out, in the handout's language */
    public static ExpectedContent of(Handout handout, Function<NoteKind, String> callOutLabels) {
        return new ExpectedContent(handout, Outline.of(handout), ExpectedText.of(handout, callOutLabels),
                callOutLabels);
    }
}
