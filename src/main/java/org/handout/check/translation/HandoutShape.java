package org.handout.check.translation;

import java.util.ArrayList;
import java.util.List;
import org.handout.model.Block;
import org.handout.model.BlockVisitor;
import org.handout.model.Handout;
import org.handout.model.Heading;
import org.handout.model.Image;
import org.handout.model.ListBlock;
import org.handout.model.ListItem;
import org.handout.model.Note;
import org.handout.model.Paragraph;
import org.handout.model.Quote;
import org.handout.model.Table;

/**
 * The parts of a handout's shape the outline does not keep: how many items each list has (lists
 * numbered in reading order, a nested list after the item that holds it) and each table's size.
 */
record HandoutShape(List<Integer> listItems, List<TableSize> tables) {

    /** A table's body rows (the header row not counted) and columns. */
    record TableSize(int rows, int columns) {
        @Override
        public String toString() {
            return rows + (rows == 1 ? " row" : " rows") + " and " + columns + (columns == 1 ? " column" : " columns");
        }
    }

    static HandoutShape of(Handout handout) {
        Collector collector = new Collector();
        collector.visit(handout.body());
        return new HandoutShape(List.copyOf(collector.listItems), List.copyOf(collector.tables));
    }

    private static final class Collector implements BlockVisitor<Void> {
        private final List<Integer> listItems = new ArrayList<>();
        private final List<TableSize> tables = new ArrayList<>();

        void visit(List<Block> blocks) {
            blocks.forEach(block -> block.accept(this));
        }

        @Override
        public Void heading(Heading heading) {
            return null;
        }

        @Override
        public Void paragraph(Paragraph paragraph) {
            return null;
        }

        @Override
        public Void quote(Quote quote) {
            visit(quote.body());
            return null;
        }

        @Override
        public Void list(ListBlock list) {
            listItems.add(list.items().size());
            for (ListItem item : list.items()) {
                visit(item.body());
            }
            return null;
        }

        @Override
        public Void image(Image image) {
            return null;
        }

        @Override
        public Void table(Table table) {
            tables.add(new TableSize(table.rows().size(), table.header().size()));
            return null;
        }

        @Override
        public Void note(Note note) {
            visit(note.body());
            return null;
        }
    }
}
