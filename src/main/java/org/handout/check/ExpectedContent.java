package org.handout.check;

import java.util.List;
import org.handout.model.Handout;

/**
 * What every output of a handout must carry, worked out once per handout and shared by its formats: the
 * outline (structure) and the whole text in reading order, and the handout itself for a format held to it by
 * a comparison of its own (braille).
 */
public record ExpectedContent(Handout handout, Outline outline, List<TextBlock> text) {
    public ExpectedContent {
        text = List.copyOf(text);
    }

    public static ExpectedContent of(Handout handout) {
        return new ExpectedContent(handout, Outline.of(handout), ExpectedText.of(handout));
    }
}
