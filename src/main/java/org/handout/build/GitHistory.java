package org.handout.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When a file last changed in git: the committer date of the last commit that touched it. Asked
 * only when the file is in a git checkout and git is installed; anything else (no git, an
 * untracked file, git failing) quietly means "not known".
 */
final class GitHistory {
    private static final long TIMEOUT_SECONDS = 10;

    private GitHistory() {
    }

    static Optional<LocalDate> lastCommitDate(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !inCheckout(folder) || !gitInstalled()) {
            return Optional.empty();
        }
        try {
            Process git = new ProcessBuilder("git", "log", "-1", "--format=%cs", "--", absolute.getFileName().toString())
                    .directory(folder.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            git.getOutputStream().close();
            if (!git.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            String date = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.exitValue() == 0 && !date.isEmpty() ? Optional.of(LocalDate.parse(date)) : Optional.empty();
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** A {@code .git} folder (or, in a worktree, file) in the folder or any folder above it. */
    private static boolean inCheckout(Path folder) {
        for (Path at = folder; at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean gitInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "git"))) {
                return true;
            }
        }
        return false;
    }
}
