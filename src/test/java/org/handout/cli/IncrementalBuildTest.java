package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.handout.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild skips what has not changed, rebuilds what has, and never depends on thread count. */
class IncrementalBuildTest {
    private static final Path SEED = Fixtures.SEED;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path first;
    private Path second;

    @BeforeEach
    void twoHandouts() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        first = Files.copy(SEED, sources.resolve("first.md"));
        second = Files.writeString(sources.resolve("second.md"), "# Second handout\n\n- one\n- two\n\n> Words.\n>\n> — Someone\n");
    }

    /** Builds HTML and DOCX only: enough to see what is rebuilt, and quick. */
    private CommandRun build(String... extra) {
        return build(dir.resolve("output"), Stream.concat(Stream.of("--formats", "html,docx"), Stream.of(extra))
                .toArray(String[]::new));
    }

    private CommandRun build(Path out, String... extra) {
        return CommandRun.of(Stream.concat(Stream.of("build", first.toString(), second.toString(), "--out", out.toString()),
                Stream.of(extra)).toArray(String[]::new));
    }

    private FileTime modified(String slug) throws IOException {
        return Files.getLastModifiedTime(dir.resolve("output").resolve(slug).resolve(slug + ".docx"));
    }

    private static List<String> upToDate(CommandRun run) {
        return run.out().lines().filter(l -> l.endsWith(": up to date")).toList();
    }

    @Test
    void unchangedHandoutsAreUpToDateAndTheirFilesUntouched() throws IOException {
        assertThat(build().exitCode()).isZero();
        FileTime before = modified("first");

        CommandRun again = build();

        assertThat(again.exitCode()).isZero();
        assertThat(upToDate(again)).hasSize(2);
        assertThat(modified("first")).isEqualTo(before);
        assertThat(again.out()).contains("2 handouts built, every check passed.");
    }

    @Test
    void aBuildThatChangedNothingLeavesTheLibraryPageAsItIs() throws IOException {
        build();
        Path index = dir.resolve("output/index.html");
        FileTime before = Files.getLastModifiedTime(index);

        build();

        assertThat(Files.getLastModifiedTime(index)).isEqualTo(before);
    }

    @Test
    void unchangedHandoutThatFailedIsReportedAsFailedAgainWithoutARebuild() throws IOException {
        build();
        recordFailedCheck("second");
        FileTime before = modified("second");

        CommandRun again = build();

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).contains("second: up to date, 1 of 2 formats failed the check",
                "1 of 2 handouts failed", "paragraph 1 \"Words.\" is missing");
        assertThat(modified("second")).isEqualTo(before);
    }

    @Test
    void forceRebuildsAnUnchangedHandoutThatFailed() throws IOException {
        build();
        recordFailedCheck("second");

        CommandRun again = build("--force");

        assertThat(again.exitCode()).as(again.out()).isZero();
        assertThat(again.out()).contains("2 handouts built, every check passed.");
    }

    /**
     * Makes the last build of {@code slug} one whose DOCX failed its check, as a build that found a
     * paragraph missing would have recorded it: in its report and in the manifest.
     */
    private void recordFailedCheck(String slug) throws IOException {
        Path report = dir.resolve("output").resolve(slug).resolve("report.json");
        ObjectNode root = (ObjectNode) JSON.readTree(report.toFile());
        root.put("passed", false);
        for (JsonNode format : root.path("formats")) {
            if (format.path("format").asText().equals("docx")) {
                ((ObjectNode) format).put("passed", false);
                ((ArrayNode) format.path("differences")).addObject().put("kind", "MISSING")
                        .put("element", "paragraph 1 \"Words.\"").put("expected", "Words.").put("found", "");
            }
        }
        JSON.writeValue(report.toFile(), root);
        Path manifest = dir.resolve("output/build-manifest.json");
        ObjectNode entries = (ObjectNode) JSON.readTree(manifest.toFile());
        ((ObjectNode) entries.path("handouts").path(slug)).put("passed", false);
        JSON.writeValue(manifest.toFile(), entries);
    }

    @Test
    void changedSourceIsRebuiltAlone() throws IOException {
        build();
        Files.writeString(second, "\nOne more paragraph.\n", StandardOpenOption.APPEND);

        CommandRun again = build();

        assertThat(upToDate(again)).singleElement().asString().contains("first");
        assertThat(Files.readString(dir.resolve("output/second/second.html"))).contains("One more paragraph.");
    }

    @Test
    void changedImageRebuildsTheHandoutThatShowsIt() throws IOException {
        Path image = Files.copy(Path.of("src/test/resources/source/pill.png"), second.resolveSibling("pill.png"));
        Files.writeString(second, "\n![A white pill](pill.png)\n", StandardOpenOption.APPEND);
        build();
        assertThat(upToDate(build())).hasSize(2);

        Files.write(image, Files.readAllBytes(Path.of("src/test/resources/render/clinic-logo.png")));

        assertThat(upToDate(build())).singleElement().asString().contains("first");
    }

    @Test
    void changedSettingsRebuildEveryHandout() {
        build();
        assertThat(upToDate(build("--page-size", "a4"))).isEmpty();
    }

    @Test
    void changedBrailleGradeRebuildsEveryHandout() {
        build("--braille-grade", "2");
        assertThat(upToDate(build("--braille-grade", "2"))).hasSize(2);
        assertThat(upToDate(build("--braille-grade", "1"))).isEmpty();
    }

    @Test
    void forceRebuildsEveryHandout() {
        build();
        assertThat(upToDate(build("--force"))).isEmpty();
    }

    @Test
    void deletedOutputIsRebuilt() throws IOException {
        build();
        Files.delete(dir.resolve("output/first/first.html"));
        assertThat(upToDate(build())).singleElement().asString().contains("second");
        assertThat(dir.resolve("output/first/first.html")).isNotEmptyFile();
    }

    @Test
    void parallelBuildWritesTheSameBytesAsSequentialBuild() throws IOException {
        Path parallel = dir.resolve("parallel");
        Path sequential = dir.resolve("sequential");
        assertThat(build(parallel, "--jobs", "2").exitCode()).isZero();
        assertThat(build(sequential, "--jobs", "1").exitCode()).isZero();
        try (Stream<Path> files = Files.walk(parallel)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).hasSizeGreaterThan(10);
            for (Path file : written) {
                assertThat(sequential.resolve(parallel.relativize(file))).as(file.toString()).hasSameBinaryContentAs(file);
            }
        }
    }
}
