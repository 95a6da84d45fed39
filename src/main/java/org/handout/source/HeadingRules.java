package org.handout.source;

import java.util.List;
import org.handout.model.Block;
import org.handout.model.Heading;

/** Headings must form an outline a screen reader can navigate: one title, no skipped levels. */
final class HeadingRules {
    private HeadingRules() {
    }

    static void check(List<Block> body) throws SourceProblem {
        int previous = 0;
        for (Block block : body) {
            if (block instanceof Heading h) {
                if (previous == 0 && h.level() != 1) {
                    throw new SourceProblem(h.at(), "heading level " + h.level()
                            + " comes before the '#' title; the title must be the first heading");
                }
                if (h.level() > previous + 1) {
                    throw new SourceProblem(h.at(), "heading skips from level " + previous + " to level " + h.level()
                            + "; use " + "#".repeat(previous + 1) + " here");
                }
                previous = h.level();
            }
        }
    }
}
