package org.handout.check.braille;

import java.util.List;
import org.handout.braille.DataRows;

/**
 * The print characters each braille code writes with another's cells, kept as data
 * ({@code shared-cells.tsv} beside this class: table, print, reads, why) and listed in
 * docs/BRAILLE.md. The comparison folds each into the character it reads back as, in the source's
 * words and in the braille's alike, so only what the code itself cannot tell apart is forgiven.
 */
public final class SharedCells {
    private static final String FILE = "shared-cells.tsv";

    private final List<SharedCell> entries;

    public SharedCells(List<SharedCell> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The list shipped with handout. */
    public static SharedCells bundled() {
        return new SharedCells(DataRows.read(SharedCells.class, FILE, "table, print, reads, why", 4).stream()
                .map(row -> new SharedCell(row[0], row[1], row[2], row[3])).toList());
    }

    public List<SharedCell> entries() {
        return entries;
    }

    /** The entries of {@code table} whose print character {@code text} holds. */
    List<SharedCell> in(String table, String text) {
        return entries.stream().filter(e -> e.table().equals(table) && text.contains(e.print())).toList();
    }

    /** {@code text} with every character {@code table} shares with another replaced by that other. */
    String folded(String table, String text) {
        String folded = text;
        for (SharedCell entry : entries) {
            if (entry.table().equals(table)) {
                folded = folded.replace(entry.print(), entry.reads());
            }
        }
        return folded;
    }
}
