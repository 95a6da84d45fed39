package org.handout.check.braille;

import java.util.List;
import org.handout.braille.DataRows;
import java.util.Optional;

/**
 * The known ambiguities of contracted braille a grade-2 back-translation may show, kept as data
 * ({@code contraction-ambiguities.tsv} beside this class: table, written, reads, why) and listed
 * in docs/BRAILLE.md. A word that differs in any other way fails the check.
 */
public final class ContractionAmbiguities {
    private static final String FILE = "contraction-ambiguities.tsv";

    private final List<ContractionAmbiguity> entries;

    public ContractionAmbiguities(List<ContractionAmbiguity> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The list shipped with handout. */
    public static ContractionAmbiguities bundled() {
        return new ContractionAmbiguities(DataRows.read(ContractionAmbiguities.class, FILE, "table, written, reads, why", 4).stream()
                .map(row -> new ContractionAmbiguity(row[0], row[1], row[2], row[3])).toList());
    }

    public List<ContractionAmbiguity> entries() {
        return entries;
    }

    /** The entry that explains reading {@code expected} as {@code found} with {@code table}, if one does. */
    Optional<ContractionAmbiguity> explaining(String table, String expected, String found) {
        return entries.stream().filter(e -> e.table().equals(table) && e.explains(expected, found)).findFirst();
    }
}
