package org.handout.source;

import java.util.Optional;

/**
 * A source file cut into its optional front matter and its Markdown body, remembering on which
 * file lines each starts so positions reported by either parser point into the real file.
 */
record SplitSource(Optional<String> frontMatter, int frontMatterLine, String body, int bodyLine) {

    static SplitSource of(String text) throws SourceProblem {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!normalized.startsWith("---\n")) {
            return new SplitSource(Optional.empty(), 0, normalized, 1);
        }
        String[] lines = normalized.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new SplitSource(Optional.of(yaml), 2, body, i + 2);
            }
        }
        throw new SourceProblem(new org.handout.model.SourceSpan(1, 1),
                "front matter opened with '---' is never closed; end it with a '---' line");
    }
}
