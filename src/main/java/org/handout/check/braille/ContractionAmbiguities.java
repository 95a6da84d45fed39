package org.handout.check.braille;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        List<ContractionAmbiguity> entries = new ArrayList<>();
        try (InputStream in = ContractionAmbiguities.class.getResourceAsStream(FILE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 4) {
                    throw new IllegalStateException(FILE + ": expected table, written, reads, why separated by tabs: " + line);
                }
                entries.add(new ContractionAmbiguity(fields[0], fields[1], fields[2], fields[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContractionAmbiguities(entries);
    }

    public List<ContractionAmbiguity> entries() {
        return entries;
    }

    /** The entry that explains reading {@code expected} as {@code found} with {@code table}, if one does. */
    Optional<ContractionAmbiguity> explaining(String table, String expected, String found) {
        return entries.stream().filter(e -> e.table().equals(table) && e.explains(expected, found)).findFirst();
    }
}
