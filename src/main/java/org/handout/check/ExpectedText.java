package org.handout.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.handout.model.Block;
import org.handout.model.BlockVisitor;
import org.handout.model.Handout;
import org.handout.model.Heading;
import org.handout.model.Image;
import org.handout.model.Inline;
import org.handout.model.Link;
import org.handout.model.ListBlock;
import org.handout.model.ListItem;
import org.handout.model.Note;
import org.handout.model.NoteKind;
import org.handout.model.Paragraph;
import org.handout.model.Quote;
import org.handout.model.Table;
import org.handout.model.TableCell;
import org.handout.model.TreeWalk;

/**
 * The whole text every output of a handout must carry, as blocks in reading order: every heading, paragraph,
 * list item, table cell, call-out label and body, quote body with everything nested in it and its attribution,
 * informative image's alt text, and every link's target after the block that holds the link. Page furniture
 * (footer, page numbers, skip link) is not the handout's text.
 */
public final class ExpectedText {
    private ExpectedText() {
    }

    /**
     * @param callOutLabels the label each format prints above a call-out, a word of the handout's language
     *                      that the renderers take from their page words
     */
    public static List<TextBlock> of(Handout handout, Function<NoteKind, String> callOutLabels) {
        Walk walk = new Walk(callOutLabels);
        walk.all(handout.body());
        return walk.blocks.blocks();
    }

    private static final class Walk implements BlockVisitor<Void> {
        private final TextBlocks blocks = new TextBlocks();
        private final Function<NoteKind, String> callOutLabels;

        Walk(Function<NoteKind, String> callOutLabels) {
            this.callOutLabels = callOutLabels;
        }

        void all(List<Block> body) {
            body.forEach(block -> block.accept(this));
        }

        @Override
        public Void heading(Heading heading) {
            blocks.heading(heading.plainText());
            targets(heading.text());
            return null;
        }

        @Override
        public Void paragraph(Paragraph paragraph) {
            blocks.paragraph(paragraph.plainText());
            targets(paragraph.text());
            return null;
        }

        @Override
        public Void quote(Quote quote) {
            blocks.openQuote();
            all(quote.body());
            quote.attribution().ifPresent(attribution -> {
                blocks.attribution(Inline.plainText(attribution));
                targets(attribution);
            });
            blocks.close();
            return null;
        }

        @Override
        public Void list(ListBlock list) {
            blocks.openList();
            for (ListItem item : list.items()) {
                blocks.openItem();
                all(item.body());
                blocks.close();
            }
            blocks.close();
            return null;
        }

        @Override
        public Void image(Image image) {
            if (!image.decorative()) {
                blocks.image(image.alt());
            }
            return null;
        }

        @Override
        public Void table(Table table) {
            blocks.table(table.header().stream().map(TableCell::plainText).toList(),
                    table.rows().stream().map(row -> row.stream().map(TableCell::plainText).toList()).toList());
            table.header().forEach(cell -> targets(cell.content()));
            table.rows().forEach(row -> row.forEach(cell -> targets(cell.content())));
            return null;
        }

        @Override
        public Void note(Note note) {
            blocks.openCallOut();
            blocks.callOutLabel(callOutLabels.apply(note.kind()));
            all(note.body());
            blocks.close();
            return null;
        }

        private void targets(List<Inline> inlines) {
            List<String> found = new ArrayList<>();
            inlines.forEach(inline -> inline.accept(new LinkTargets(found)));
            found.forEach(blocks::linkTarget);
        }
    }

    /** Every link's target at any depth of emphasis, in reading order. */
    private record LinkTargets(List<String> targets) implements TreeWalk {
        @Override
        public Void link(Link link) {
            targets.add(link.target());
            return null;
        }
    }
}
