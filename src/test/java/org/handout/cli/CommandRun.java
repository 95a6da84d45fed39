package org.handout.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code handout} command line with what it printed. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    /** The error lines that name a handout problem ("handout: file:line:col: …"). */
    java.util.List<String> errorLines() {
        return err.lines().filter(l -> l.startsWith("handout: ")).toList();
    }
}
