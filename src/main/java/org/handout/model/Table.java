package org.handout.model;

import java.util.List;

/** A table with one header row; every body row has as many cells as the header. */
public record Table(List<TableCell> header, List<List<TableCell>> rows, SourceSpan at) implements Block {
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<TableCell> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a table row has " + row.size() + " cells, its header "
                        + header.size());
            }
        }
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.table(this);
    }
}
