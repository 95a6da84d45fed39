package org.handout.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Serialises the read-then-write steps on files that every build of an output folder shares (the
 * manifest, the library page), so builds sharing the folder (the shards of a library, see
 * {@link Shard}) never write what they read before another one wrote.
 */
final class OutputFolderLock {
    private static final String LOCK_NAME = ".handout.lock";
    /** A file lock guards against other processes only; builds in one JVM queue here first. */
    private static final Object IN_THIS_PROCESS = new Object();

    interface Step<T> {
        T run() throws IOException;
    }

    private OutputFolderLock() {
    }

    static <T> T holding(Path out, Step<T> step) throws IOException {
        Files.createDirectories(out);
        synchronized (IN_THIS_PROCESS) {
            try (FileChannel lockFile = FileChannel.open(out.resolve(LOCK_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                return step.run();
            }
        }
    }
}
