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

    /**
     * The entries that explain reading {@code expected} as {@code found} with {@code table}: one, or two
     * met in one word (a web address in parentheses: "(httpscc//example.org/call-u)" for
     * "(https://example.org/call-us)"); empty when none does.
     */
    List<ContractionAmbiguity> explaining(String table, String expected, String found) {
        List<ContractionAmbiguity> ofTable = entries.stream().filter(e -> e.table().equals(table)).toList();
        Optional<ContractionAmbiguity> one = ofTable.stream().filter(e -> e.explains(expected, found)).findFirst();
        if (one.isPresent()) {
            return List.of(one.get());
        }
        for (ContractionAmbiguity first : ofTable) {
            Optional<String> partly = first.restored(found);
            if (partly.isPresent()) {
                for (ContractionAmbiguity second : ofTable) {
                    if (second != first && second.explains(expected, partly.get())) {
                        return List.of(first, second);
                    }
                }
            }
        }
        return List.of();
    }
}
