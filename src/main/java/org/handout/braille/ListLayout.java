package org.handout.braille;

import java.util.ArrayList;
import java.util.List;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.LanguagePart;
import org.handout.model.ListBlock;
import org.handout.model.ListItem;
import org.handout.model.Paragraph;
import org.handout.model.Text;

/**
 * Where BANA puts list items: an item at depth d starts in cell 2d-1, and all runovers of a list
 * start two cells right of its deepest level's start (1-3 for a simple list, 1-5 and 3-5 with one
 * level of nesting), so a runover never looks like the start of a nested item.
 */
public final class ListLayout {

    private ListLayout() {
    }

    public static int startCell(int depth) {
        return 2 * depth - 1;
    }

    public static int runoverCell(ListBlock outermost) {
        return startCell(deepest(outermost)) + 2;
    }

    /**
     * An item's own paragraphs, run together as one entry; its nested lists follow as items of their
     * own. A paragraph in another language stays marked as a part in it (see {@link MarkedText}).
     */
    public static List<Inline> ownText(ListItem item) {
        List<Inline> inlines = new ArrayList<>();
        for (Block block : item.body()) {
            if (block instanceof Paragraph p) {
                if (!inlines.isEmpty()) {
                    inlines.add(new Text(" "));
                }
                inlines.addAll(p.lang().<List<Inline>>map(language -> List.of(new LanguagePart(language, p.text())))
                        .orElse(p.text()));
            }
        }
        return inlines;
    }

    private static int deepest(ListBlock list) {
        int deepest = 1;
        for (ListItem item : list.items()) {
            for (Block block : item.body()) {
                if (block instanceof ListBlock nested) {
                    deepest = Math.max(deepest, 1 + deepest(nested));
                }
            }
        }
        return deepest;
    }
}
