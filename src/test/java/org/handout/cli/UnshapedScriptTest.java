package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A handout in a script the PDF engine cannot shape: the other formats are made, the PDFs honestly not. */
class UnshapedScriptTest {
    private static final String HINDI = "src/test/resources/languages/unshaped/hi.md";
    private static final String WHY = "not available for Hindi (hi): the PDF engine cannot shape Devanagari script";

    @TempDir
    Path dir;

    @Test
    void theHtmlAndDocxAreMadeAndThePdfsReportedNotAvailable() throws IOException {
        CommandRun run = CommandRun.of("build", HINDI, "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("hi/hi.html")).isRegularFile();
        assertThat(dir.resolve("hi/hi.docx")).isRegularFile();
        assertThat(dir.resolve("hi/hi-large-print.docx")).isRegularFile();
        assertThat(dir.resolve("hi/hi.pdf")).doesNotExist();
        assertThat(dir.resolve("hi/hi-large-print.pdf")).doesNotExist();
        assertThat(run.out()).contains(WHY);
    }

    @Test
    void theReportSaysWhyAndTheHandoutPasses() throws IOException {
        CommandRun.of("build", HINDI, "--out", dir.toString());

        JsonNode report = new ObjectMapper().readTree(dir.resolve("hi/report.json").toFile());
        assertThat(report.get("passed").asBoolean()).isTrue();
        assertThat(report.get("formats")).filteredOn(format -> format.get("format").asText().endsWith("pdf"))
                .hasSize(2).allSatisfy(format -> assertThat(format.get("unavailable").asText()).isEqualTo(WHY));
        assertThat(Files.readString(dir.resolve("hi/report.html"))).contains(WHY);
        assertThat(Files.readString(dir.resolve("index.html"))).contains(WHY);
    }

    @Test
    void aSecondBuildFindsTheHandoutUpToDate() {
        CommandRun.of("build", HINDI, "--out", dir.toString());

        assertThat(CommandRun.of("build", HINDI, "--out", dir.toString()).out()).contains("up to date");
    }

    @Test
    void askingForThePdfByNameFailsWithOneLine() {
        CommandRun run = CommandRun.of("build", HINDI, "--out", dir.toString(), "--formats", "pdf");

        assertThat(run.exitCode()).isOne();
        assertThat(run.errorLines()).singleElement().asString()
                .endsWith("pdf was asked for with --formats but is " + WHY);
    }
}
