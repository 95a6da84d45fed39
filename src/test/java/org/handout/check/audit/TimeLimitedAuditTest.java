package org.handout.check.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A file past the time limit is reported not finished at once, and its worker cannot keep the program alive. */
class TimeLimitedAuditTest {
    private static final Path FILE = Path.of("slow.pdf");

    /** An audit that, like the PDF and Office libraries, ignores interrupts until the test lets it go. */
    private static Function<Path, AuditResult> stuckUntil(CountDownLatch release, AtomicReference<Thread> worker) {
        return file -> {
            worker.set(Thread.currentThread());
            while (true) {
                try {
                    release.await();
                    return Audit.of(file);
                } catch (InterruptedException ignored) {
                    // Keep going, as a parser in the middle of a file does.
                }
            }
        };
    }

    @Test
    void anAuditPastItsLimitIsReportedNotFinishedWithoutWaitingForIt() {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> worker = new AtomicReference<>();
        long start = System.nanoTime();
        try {
            AuditResult result = new TimeLimitedAudit(stuckUntil(release, worker), Duration.ofSeconds(1)).audit(FILE);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(result.verdict()).isEqualTo(Verdict.NOT_FINISHED);
            assertThat(result.message()).isEqualTo("slow.pdf: not finished within 1 s; audit it alone with a longer --timeout");
            assertThat(worker.get().isAlive()).as("the libraries ignore the interrupt").isTrue();
            assertThat(worker.get().isDaemon()).as("so the worker must not keep the program alive").isTrue();
        } finally {
            release.countDown();
        }
    }

    @Test
    void anAuditWithinItsLimitGivesItsOwnResult() {
        AuditResult result = new TimeLimitedAudit(Audit::of, Duration.ofSeconds(30)).audit(Path.of("no-such-file.pdf"));
        assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).endsWith("no such file");
    }

    @Test
    void anAuditThatRunsOutOfMemoryIsUnreadableInPlainWords() {
        AuditResult result = new TimeLimitedAudit(file -> {
            throw new OutOfMemoryError("Java heap space");
        }, Duration.ofSeconds(30)).audit(FILE);
        assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).isEqualTo("slow.pdf: could not be audited: it needs more memory than is available");
    }
}
