package org.handout.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages docs/ERRORS.md documents, each a level-3 heading holding the message in backticks
 * with {@code <placeholders>} for the parts that vary. A line the tool prints is documented when
 * its problem text (after "handout: FILE[:LINE:COL]: ") matches one of them in full.
 */
record DocumentedMessages(List<Pattern> messages) {
    static final Path ERRORS_MD = Path.of("docs/ERRORS.md");
    private static final Pattern DOCUMENTED = Pattern.compile("^### `(.+)`\\s*$", Pattern.MULTILINE);
    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z][a-z -]*>");

    static DocumentedMessages read() {
        try {
            String text = Files.readString(ERRORS_MD);
            Matcher headings = DOCUMENTED.matcher(text);
            return new DocumentedMessages(headings.results().map(m -> pattern(m.group(1))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pattern pattern(String message) {
        StringBuilder regex = new StringBuilder();
        int from = 0;
        Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
            regex.append(Pattern.quote(message.substring(from, placeholder.start()))).append(".*");
            from = placeholder.end();
        }
        regex.append(Pattern.quote(message.substring(from)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    boolean documents(String problem) {
        return messages.stream().anyMatch(m -> m.matcher(problem).matches());
    }

    /**
     * The problem text of a line "handout: FILE: problem" or "handout: FILE:LINE:COL: problem"
     * (without the hint to run with --debug), or empty when the line does not name {@code file} that way.
     */
    static Optional<String> problemOf(String line, Path file) {
        String prefix = "handout: " + file;
        if (!line.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher rest = Pattern.compile("^(?::\\d+:\\d+)?: (.+?)(?: \\(run with --debug for details\\))?$")
                .matcher(line.substring(prefix.length()));
        return rest.matches() ? Optional.of(rest.group(1)) : Optional.empty();
    }
}
