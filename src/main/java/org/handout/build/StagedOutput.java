package org.handout.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files of one handout's build, written under temporary names in their final folder and
 * moved into place together once all are complete, so a failed or killed build never leaves a
 * truncated file under a final name and never replaces a good earlier output with a bad one.
 */
public final class StagedOutput implements AutoCloseable {
    private static final String PREFIX = ".partial-";
    private static final AtomicLong STAGINGS = new AtomicLong();

    /**
     * Sets this staging's temporary names apart from any other's: builds sharing an output folder
     * (shards, or a build beside a check) may stage the same file, such as index.html, at once.
     */
    private final String token = ProcessHandle.current().pid() + "-" + STAGINGS.incrementAndGet() + "-";
    private final List<Path> targets = new ArrayList<>();
    private final List<Path> withdrawn = new ArrayList<>();
    private boolean committed;

    /** A temporary path next to {@code target}; it keeps the extension so readers recognise it. */
    Path stage(Path target) {
        targets.add(target);
        return temporaryOf(target);
    }

    /**
     * An output this build no longer makes (its format is not available for the handout now):
     * removed when the rest is committed, so an earlier build's file never stands beside a report
     * that says it was not made.
     */
    void withdraw(Path target) {
        withdrawn.add(target);
    }

    /** Moves every staged file into place, each one atomically where the file system allows, and removes the withdrawn ones. */
    void commit() throws IOException {
        for (Path target : withdrawn) {
            Files.deleteIfExists(target);
        }
        for (Path target : targets) {
            Path temporary = temporaryOf(target);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Removes whatever was staged and not committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (Path target : targets) {
            try {
                Files.deleteIfExists(temporaryOf(target));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static boolean isTemporary(Path file) {
        return file.getFileName().toString().startsWith(PREFIX);
    }

    private Path temporaryOf(Path target) {
        return target.resolveSibling(PREFIX + token + target.getFileName());
    }
}
