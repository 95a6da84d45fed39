package org.handout.check;

import java.util.List;
import org.handout.model.Handout;

/**
 * What every output of a handout must carry, worked out once per handout and shared by its formats: the
 * outline (structure) and the whole text in reading order.
 */
public record ExpectedContent(Outline outline, List<TextBlock> text) {
    public ExpectedContent {
        text = List.copyOf(text);
    }

    public static ExpectedContent of(Handout handout) {
        return new ExpectedContent(Outline.of(handout), ExpectedText.of(handout));
    }
}
