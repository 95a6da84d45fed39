package org.handout.cli;

import java.util.Arrays;
import picocli.CommandLine;

/**
 * A failure the commands did not expect still reaches the user as one line, not a stack trace;
 * {@code --debug} shows the trace for bug reports.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean debug = Arrays.asList(parseResult.originalArgs().toArray(new String[0])).contains("--debug");
        if (debug) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().println("handout: " + describe(e) + (debug ? "" : " (run with --debug for details)"));
        return 1;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
