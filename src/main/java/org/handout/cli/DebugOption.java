package org.handout.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --debug}, shared by every command: stack traces and library logging for bug reports. */
final class DebugOption {
    @Option(names = "--debug", description = "Show stack traces for unexpected errors.")
    boolean debug;

    /** Whether the command line, as parsed, asked for --debug on any of its commands. */
    static boolean requested(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult command = parsed; command != null; command = command.subcommand()) {
            if (command.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
