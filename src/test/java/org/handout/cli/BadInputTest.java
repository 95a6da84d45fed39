package org.handout.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.handout.Fixtures;
import org.handout.build.StagedOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * A bad handout in a batch fails alone: one line naming file and line, no stack trace, the good
 * handout beside it built completely, nothing of the bad one left behind, exit code 1.
 */
class BadInputTest {
    private static final Path FIXTURES = Path.of("src/test/resources/source");
    private static final Path SEED = Fixtures.SEED;

    @TempDir
    Path dir;
    private Path sources;
    private Path out;
    private Path good;

    @BeforeEach
    void goodHandoutBesideTheBadOne() throws IOException {
        sources = Files.createDirectories(dir.resolve("sources"));
        out = dir.resolve("output");
        good = Files.copy(SEED, sources.resolve("good.md"));
        Files.copy(FIXTURES.resolve("pill.png"), sources.resolve("pill.png"));
    }

    private Path source(String fixture) throws IOException {
        return Files.copy(FIXTURES.resolve(fixture), sources.resolve(fixture));
    }

    private CommandRun buildHtml(Path... files) {
        return build(Stream.concat(Stream.of(files).map(Path::toString), Stream.of("--formats", "html")).toArray(String[]::new));
    }

    private CommandRun build(String... args) {
        return CommandRun.of(Stream.concat(Stream.of("build", "--out", out.toString()), Stream.of(args)).toArray(String[]::new));
    }

    private static void assertNoStackTrace(CommandRun run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private List<Path> filesOf(String slug) throws IOException {
        Path folder = out.resolve(slug);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            skipped-level.md        | :5:1:  | heading skips from level 2 to level 4
            two-titles.md           | :5:1:  | second '#' heading
            no-title.md             | :1:1:  | no title
            image-without-alt.md    | :3:1:  | has no alt text
            missing-image.md        | :3:1:  | not found
            image-outside-folder.md | :3:1:  | is refused
            image-file-url.md       | :3:1:  | is refused
            bad-yaml.md             | :2:    | front matter is not valid YAML
            numeric-lang.md         | :2:1:  | lang must be text
            malformed-lang.md       | :2:1:  | not a BCP 47 language tag
            code-block.md           | :3:    | code blocks are not supported
            """)
    void badHandoutFailsAloneWithOneLineNamingFileAndLine(String fixture, String line, String message) throws IOException {
        CommandRun run = buildHtml(good, source(fixture));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString()
                .contains(fixture + line).contains(message);
        assertNoStackTrace(run);
        assertThat(out.resolve("good/good.html")).isNotEmptyFile();
        assertThat(filesOf(fixture.replace(".md", ""))).isEmpty();
    }

    @Test
    void invalidUtf8IsReportedWithByteOffset() throws IOException {
        Path latin1 = Files.write(sources.resolve("latin1.md"), new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        CommandRun run = buildHtml(good, latin1);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString().contains("latin1.md:1:1:").contains("byte offset 5");
        assertThat(out.resolve("good/good.html")).isNotEmptyFile();
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path empty = Files.writeString(sources.resolve("empty.md"), "");
        CommandRun run = buildHtml(good, empty);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString().contains("empty.md").contains("file is empty");
    }

    @Test
    void fileOverTheLimitNamesLimitAndFlag() {
        CommandRun run = build(good.toString(), "--formats", "html", "--max-source-bytes", "100");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("good.md").contains("over the limit of 100 bytes").contains("--max-source-bytes");
    }

    @Test
    void characterTheFontsCannotDrawIsNamedWithCodePointAndLine() throws IOException {
        CommandRun run = build(good.toString(), source("emoji.md").toString(), "--formats", "pdf", "--no-check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString().contains("emoji.md:3:").contains("U+1F600");
        assertNoStackTrace(run);
        assertThat(filesOf("emoji")).isEmpty();
        assertThat(out.resolve("good/good.pdf")).isNotEmptyFile();
    }

    @Test
    void rawHtmlIsBuiltAsTextWithAWarning() throws IOException {
        CommandRun run = buildHtml(source("raw-html.md"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("raw-html.md:3:").contains("warning: raw HTML");
        String html = Files.readString(out.resolve("raw-html/raw-html.html"));
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
    }

    @Test
    void twoSourcesWithTheSameNameAreNotBothBuilt() throws IOException {
        Path other = Files.createDirectories(dir.resolve("elsewhere")).resolve("good.md");
        Files.copy(SEED, other);
        CommandRun run = buildHtml(good, other);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString().contains("same output name as");
        assertThat(out.resolve("good/good.html")).isNotEmptyFile();
    }

    @Test
    void missingSourceIsReported() {
        CommandRun run = buildHtml(good, sources.resolve("deleted.md"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString().contains("deleted.md").contains("not found");
        assertThat(out.resolve("good/good.html")).isNotEmptyFile();
    }

    @Test
    void unwritableOutputFolderIsReportedPerHandout() throws IOException {
        out = Files.writeString(dir.resolve("not-a-folder"), "a file where the output folder should be");
        CommandRun run = buildHtml(good);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString().contains("cannot write to the output folder");
        assertNoStackTrace(run);
    }

    @Test
    void handoutThatTurnsBadKeepsItsPreviousOutputsUntouched() throws IOException {
        assertThat(buildHtml(good).exitCode()).isZero();
        Path html = out.resolve("good/good.html");
        byte[] before = Files.readAllBytes(html);
        FileTime modified = Files.getLastModifiedTime(html);

        Files.writeString(good, "# Title\n\n## Part\n\n#### Too deep\n");
        CommandRun run = buildHtml(good);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(html).hasBinaryContent(before);
        assertThat(Files.getLastModifiedTime(html)).isEqualTo(modified);
    }

    @Test
    void failedRenderLeavesNoPartialFile() throws IOException {
        build(source("emoji.md").toString(), "--formats", "html,pdf", "--no-check");
        assertThat(filesOf("emoji")).noneMatch(StagedOutput::isTemporary).isEmpty();
    }

    @Test
    void wrongOptionIsAUsageErrorWithExitCodeTwo() {
        CommandRun run = build(good.toString(), "--page-size", "legal");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("page size must be letter or a4");
    }
}
