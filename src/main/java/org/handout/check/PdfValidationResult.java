package org.handout.check;

import java.util.Comparator;
import java.util.List;

/**
 * What veraPDF found in one PDF against one flavour's profile.
 *
 * @param flavour      veraPDF's flavour id, e.g. "ua1"
 * @param profileName  the profile's own name, e.g. "PDF/UA-1 validation profile"
 * @param compliant    true only when no rule failed
 * @param failedRules  in clause order
 */
public record PdfValidationResult(String flavour, String profileName, boolean compliant, List<FailedRule> failedRules) {

    public PdfValidationResult {
        failedRules = List.copyOf(failedRules);
    }

    /**
     * One rule of the profile that failed, with how many checks failed it.
     * veraPDF's PDF/UA-1 profile carries category tags ("heading", "lang", "font"…) and ISO references,
     * but no Matterhorn Protocol checkpoints, so none are reported here.
     */
    public record FailedRule(String clause, int testNumber, String description, int failedChecks,
                             List<String> tags, List<String> references) {

        public FailedRule {
            tags = List.copyOf(tags);
            references = List.copyOf(references);
        }

        /** The rule as veraPDF and the PDF/UA literature write it, e.g. "7.1-3". */
        public String id() {
            return clause + "-" + testNumber;
        }

        /** Orders 7.2-10 after 7.2-9 and 7.21.6-1 after 7.3-1: clause numbers compare as numbers. */
        public static final Comparator<FailedRule> CLAUSE_ORDER = Comparator
                .comparing(FailedRule::clause, FailedRule::compareClauses)
                .thenComparingInt(FailedRule::testNumber);

        private static int compareClauses(String a, String b) {
            String[] left = a.split("\\.");
            String[] right = b.split("\\.");
            for (int i = 0; i < Math.min(left.length, right.length); i++) {
                int order = left[i].matches("\\d+") && right[i].matches("\\d+")
                        ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                        : left[i].compareTo(right[i]);
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.length, right.length);
        }

        public String describe() {
            return id() + " (" + failedChecks + (failedChecks == 1 ? " check" : " checks") + "): " + description;
        }
    }
}
