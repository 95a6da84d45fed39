package org.handout.check.audit;

import java.util.List;
import java.util.Optional;
import org.handout.check.Outline;
import org.handout.check.pdf.PdfTagSummary;

/**
 * What one format's inspector read from a file: its accessible structure, the findings only that format has, and
 * what the overview shows of it.
 */
record Inspection(DocumentTree tree, List<Finding> formatFindings, List<String> missingParts, Outline outline,
                  Optional<PdfTagSummary> tags, Optional<Overview.TextSizes> textSizes) {

    Inspection {
        formatFindings = List.copyOf(formatFindings);
        missingParts = List.copyOf(missingParts);
    }

    Inspection withMissingParts(List<String> missing) {
        return new Inspection(tree, formatFindings, missing, outline, tags, textSizes);
    }

    Overview overview(long bytes) {
        return new Overview(bytes, outline, tags, textSizes);
    }
}
