package org.handout.cli;

import org.handout.build.OneLineMessage;
import picocli.CommandLine;

/**
 * A failure the commands did not expect still reaches the user as one line, not a stack trace;
 * {@code --debug} shows the trace for bug reports.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean debug = DebugOption.requested(parseResult);
        if (debug) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().println("handout: " + OneLineMessage.of(e) + (debug ? "" : " (run with --debug for details)"));
        return 1;
    }
}
