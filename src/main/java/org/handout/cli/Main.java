package org.handout.cli;

import java.io.PrintWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code handout} command: build, check and audit accessible handouts. */
@Command(name = "handout",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns patient-education Markdown into tagged PDF/UA, large-print PDF, DOCX and accessible "
                + "HTML, then reads every output back and proves that no heading, quote or list item was lost.",
        subcommands = {BuildCommand.class, CheckCommand.class, AuditCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every handout built and passed its checks", "1:a handout failed to build or failed a check",
            "2:the command line was wrong", "3:audit: a file could not be read or did not finish in time"})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(configured().setExecutionStrategy(parsed -> {
            configureLibraries(DebugOption.requested(parsed));
            return new CommandLine.RunLast().execute(parsed);
        }).execute(args));
    }

    /**
     * Saxon comes with veraPDF and registers itself as the XML transformer; POI looks one up on
     * every DOCX save, and Saxon's lookup makes each save about ten times slower than the JDK's
     * own transformer, which writes the same bytes. The libraries also log progress chatter (POI
     * through Log4j) that would bury the one line per handout users need; --debug lets it through.
     */
    private static void configureLibraries(boolean debug) {
        System.setProperty("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", debug ? "WARN" : "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.level", debug ? "WARN" : "OFF");
        Logger root = LogManager.getLogManager().getLogger("");
        root.setLevel(debug ? Level.INFO : Level.OFF);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(debug ? Level.INFO : Level.OFF);
        }
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return configured().execute(args);
    }

    /** Runs the command line with its output captured, as tests need it. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return configured().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine configured() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new OneLineErrors());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check or audit");
    }
}
