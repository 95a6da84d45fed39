package org.handout.check.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Audits a file on a worker thread and gives up at a time limit, so one pathological file cannot hold up a run over
 * a folder. The libraries do not stop when interrupted, so a file past its limit may go on computing; its worker is
 * a daemon thread and cannot keep the program from ending.
 */
public final class TimeLimitedAudit {
    private final Function<Path, AuditResult> audit;
    private final Duration limit;

    /** @param audit what to run for each file; {@link Audit#audit} in use, a slow stand-in in tests */
    public TimeLimitedAudit(Function<Path, AuditResult> audit, Duration limit) {
        this.audit = audit;
        this.limit = limit;
    }

    public AuditResult audit(Path file) {
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "audit " + file.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<AuditResult> result = worker.submit(() -> audit.apply(file));
            try {
                return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                result.cancel(true);
                return AuditResult.notFinished(file, limit);
            } catch (ExecutionException e) {
                // Audit turns every exception into a verdict; what reaches here is an Error such as running out of memory.
                return AuditResult.unreadable(file, Optional.empty(), file + ": could not be audited: "
                        + (e.getCause() instanceof OutOfMemoryError ? "it needs more memory than is available"
                        : Audit.plainWords(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return AuditResult.notFinished(file, limit);
            }
        } finally {
            worker.shutdownNow();
        }
    }
}
