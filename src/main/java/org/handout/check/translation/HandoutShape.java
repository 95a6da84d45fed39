package org.handout.check.translation;

import java.util.ArrayList;
import java.util.List;
import org.handout.model.Handout;
import org.handout.model.ListBlock;
import org.handout.model.Table;
import org.handout.model.TreeWalk;

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
        collector.blocks(handout.body());
        return new HandoutShape(List.copyOf(collector.listItems), List.copyOf(collector.tables));
    }

    private static final class Collector implements TreeWalk {
        private final List<Integer> listItems = new ArrayList<>();
        private final List<TableSize> tables = new ArrayList<>();

        @Override
        public Void list(ListBlock list) {
            listItems.add(list.items().size());
            return TreeWalk.super.list(list);
        }

        @Override
        public Void table(Table table) {
            tables.add(new TableSize(table.rows().size(), table.header().size()));
            return TreeWalk.super.table(table);
        }
    }
}
