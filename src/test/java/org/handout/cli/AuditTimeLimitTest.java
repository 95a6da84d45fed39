package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.handout.check.audit.Audit;
import org.handout.check.audit.AuditResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `audit --timeout`: a file that takes too long is reported not finished, and the run goes on to the next. */
class AuditTimeLimitTest {
    @TempDir
    Path dir;

    @Test
    void aFilePastTheTimeLimitIsNotFinishedAndTheNextIsStillAudited() throws IOException {
        Path slow = Files.writeString(dir.resolve("a-slow.html"), "<!doctype html><html lang=en><title>Slow</title><main><h1>Slow</h1></main>");
        Path quick = Files.writeString(dir.resolve("b-quick.html"), "<!doctype html><html lang=en><title>Quick</title><main><h1>Quick</h1></main>");
        CountDownLatch release = new CountDownLatch(1);
        AuditCommand command = new AuditCommand(file -> file.equals(slow) ? stuck(release, file) : Audit.of(file));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            int exitCode = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                    .execute("--timeout", "1", dir.toString());

            assertThat(exitCode).isEqualTo(3);
            assertThat(err.toString()).isEqualTo("handout: " + slow + ": not finished within 1 s; audit it alone with a longer --timeout"
                    + System.lineSeparator());
            assertThat(out.toString()).contains(slow + ": not finished").contains(quick + " (HTML, ")
                    .contains("2 files: 1 compliant, 0 with findings, 1 unreadable (1 of them not finished).");
        } finally {
            release.countDown();
        }
    }

    private static AuditResult stuck(CountDownLatch release, Path file) {
        while (true) {
            try {
                release.await();
                return Audit.of(file);
            } catch (InterruptedException ignored) {
                // A parser in the middle of a file does not stop when interrupted either.
            }
        }
    }
}
