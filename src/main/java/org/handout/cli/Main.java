package org.handout.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code handout} command: build, check and audit accessible handouts. */
@Command(name = "handout",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Turns patient-education Markdown into tagged PDF/UA, large-print PDF, DOCX and accessible HTML,",
            "then reads every output back and proves that no heading, quote or list item was lost."},
        subcommands = {BuildCommand.class, CheckCommand.class, AuditCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every handout built and passed its checks", "1:a handout failed to build or failed a check",
            "2:the command line was wrong"})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check or audit");
    }
}
