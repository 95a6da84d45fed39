package org.handout.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.handout.model.SourceSpan;

/**
 * Where commonmark's nodes stand in the handout file (its lines counted from the top of the
 * file, front matter included), and the warnings collected at those places during one parse.
 */
final class SourceLocations {
    private final Path file;
    private final int lineOffset;
    private final List<SourceWarning> warnings = new ArrayList<>();

    SourceLocations(Path file, int lineOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
    }

    void warn(SourceSpan at, String message) {
        warnings.add(new SourceWarning(file, at, message));
    }

    SourceSpan at(Node node) {
        var spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return SourceSpan.UNKNOWN;
        }
        var first = spans.get(0);
        return new SourceSpan(first.getLineIndex() + 1 + lineOffset, first.getColumnIndex() + 1);
    }

    List<SourceWarning> warnings() {
        return List.copyOf(warnings);
    }
}
