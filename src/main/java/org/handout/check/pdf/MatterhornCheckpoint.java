package org.handout.check.pdf;

import java.util.Map;
import java.util.Optional;

/**
 * The Matterhorn Protocol 1.1 checkpoint that covers an ISO 14289-1 clause. veraPDF's rules cite
 * the ISO clause only; from clause 7.3 on, Matterhorn has one checkpoint per clause, so the
 * mapping is exact there. Clauses 7.1 and 7.2 are spread over many checkpoints and get none.
 */
public final class MatterhornCheckpoint {
    private static final Map<String, String> BY_CLAUSE = Map.ofEntries(
            Map.entry("7.3", "13 Graphics"),
            Map.entry("7.4", "14 Headings"),
            Map.entry("7.5", "15 Tables"),
            Map.entry("7.6", "16 Lists"),
            Map.entry("7.7", "17 Mathematical expressions"),
            Map.entry("7.8", "18 Page headers and footers"),
            Map.entry("7.9", "19 Notes and references"),
            Map.entry("7.10", "20 Optional content"),
            Map.entry("7.11", "21 Embedded files"),
            Map.entry("7.12", "22 Article threads"),
            Map.entry("7.13", "23 Digital signatures"),
            Map.entry("7.14", "24 Non-interactive forms"),
            Map.entry("7.15", "25 XFA"),
            Map.entry("7.16", "26 Security"),
            Map.entry("7.17", "27 Navigation"),
            Map.entry("7.18", "28 Annotations"),
            Map.entry("7.19", "29 Actions"),
            Map.entry("7.20", "30 XObjects"),
            Map.entry("7.21", "31 Fonts"));

    private MatterhornCheckpoint() {
    }

    /** @param clause an ISO 14289-1 clause as veraPDF writes it, e.g. "7.21.4.1" */
    public static Optional<String> forClause(String clause) {
        String[] parts = clause.split("\\.");
        return parts.length < 2 ? Optional.empty() : Optional.ofNullable(BY_CLAUSE.get(parts[0] + "." + parts[1]));
    }
}
