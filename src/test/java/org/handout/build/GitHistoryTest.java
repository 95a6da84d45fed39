package org.handout.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {
    @TempDir
    Path dir;

    private void git(String date, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(Map.of("GIT_AUTHOR_DATE", date + "T12:00:00Z", "GIT_COMMITTER_DATE", date + "T12:00:00Z",
                "GIT_AUTHOR_NAME", "Test", "GIT_AUTHOR_EMAIL", "test@example.org",
                "GIT_COMMITTER_NAME", "Test", "GIT_COMMITTER_EMAIL", "test@example.org"));
        assertThat(builder.start().waitFor()).as(List.of(args).toString()).isZero();
    }

    @Test
    void givesTheDateOfTheLastCommitThatTouchedTheFile() throws Exception {
        Path handout = Files.writeString(dir.resolve("relapse.md"), "# Relapse\n");
        Files.writeString(dir.resolve("other.md"), "# Other\n");
        git("2026-10-01", "git", "init", "-q");
        git("2026-10-01", "git", "add", "relapse.md");
        git("2026-10-01", "git", "commit", "-q", "-m", "relapse");
        git("2026-11-05", "git", "add", "other.md");
        git("2026-11-05", "git", "commit", "-q", "-m", "other");

        assertThat(GitHistory.lastCommitDate(handout)).contains(LocalDate.of(2026, 10, 1));
    }

    @Test
    void knowsNoDateForAFileOutsideAGitCheckout() throws IOException {
        Path handout = Files.writeString(dir.resolve("relapse.md"), "# Relapse\n");

        assertThat(GitHistory.lastCommitDate(handout)).isEmpty();
    }

    @Test
    void knowsNoDateForAFileNeverCommitted() throws Exception {
        git("2026-10-01", "git", "init", "-q");
        Path handout = Files.writeString(dir.resolve("relapse.md"), "# Relapse\n");

        assertThat(GitHistory.lastCommitDate(handout)).isEmpty();
    }
}
