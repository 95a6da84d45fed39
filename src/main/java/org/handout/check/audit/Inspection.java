package org.handout.check.audit;

import java.util.List;

/** What one format's inspector read from a file: its accessible structure and the findings only that format has. */
record Inspection(DocumentTree tree, List<Finding> formatFindings, List<String> missingParts) {

    Inspection {
        formatFindings = List.copyOf(formatFindings);
        missingParts = List.copyOf(missingParts);
    }
}
