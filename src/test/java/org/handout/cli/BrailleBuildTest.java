package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handout.Fixtures;
import org.handout.build.LinkTargets;
import org.handout.check.report.JsonMapping;
import org.handout.format.OutputFormats;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The braille row through the real command: a language without a table, the grade, and re-checking a BRF. */
class BrailleBuildTest {
    private static final Path GERMAN = Path.of("src/test/resources/errors/no-braille-table.md");
    private static final String NOT_AVAILABLE = "not available for German (de-DE): handout lays out braille for English (UEB) and Spanish only";

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("output");
    }

    private JsonNode brailleRow(String slug) throws IOException {
        JsonNode formats = JsonMapping.MAPPER.readTree(out().resolve(slug).resolve("report.json").toFile()).path("formats");
        return formats.get(formats.size() - 1);
    }

    @Test
    void languageWithoutABrailleTableGetsARowSayingWhyAndTheBuildPasses() throws IOException {
        CommandRun run = CommandRun.of("build", GERMAN.toString(), "--out", out().toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("no-braille-table: " + (OutputFormats.ALL.size() - 1) + " files in");
        assertThat(run.out().lines().filter(l -> l.contains("Braille"))).singleElement()
                .satisfies(row -> assertThat(row).contains("Braille (UEB grade 2)").endsWith(NOT_AVAILABLE + "  -"));
        assertThat(out().resolve("no-braille-table").resolve("no-braille-table.brf")).doesNotExist();
        assertThat(out().resolve("no-braille-table").resolve("no-braille-table.pdf")).isNotEmptyFile();
        JsonNode braille = brailleRow("no-braille-table");
        assertThat(braille.path("unavailable").asText()).isEqualTo(NOT_AVAILABLE);
        assertThat(braille.path("passed").asBoolean()).isTrue();
        assertThat(Jsoup.parse(out().resolve("no-braille-table").resolve("report.html").toFile()).select("p").eachText())
                .contains("Not made: " + NOT_AVAILABLE + ".");
    }

    @Test
    void brailleAskedForByNameInALanguageWithoutATableFailsWithOneLine() {
        CommandRun run = CommandRun.of("build", GERMAN.toString(), "--out", out().toString(), "--formats", "html,braille");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("handout: " + GERMAN + ": braille was asked for with --formats but is "
                + NOT_AVAILABLE);
        assertThat(out().resolve("no-braille-table").resolve("no-braille-table.html")).doesNotExist();
    }

    @Test
    void spanishHandoutGetsSpanishGradeOneBrailleThatPasses() throws IOException {
        CommandRun run = CommandRun.of("build", Fixtures.SEED_SPANISH.toString(), "--out", out().toString(),
                "--formats", "braille");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Braille (Spanish grade 1)");
        JsonNode braille = brailleRow("understanding-relapse-es");
        assertThat(braille.path("passed").asBoolean()).isTrue();
        assertThat(braille.path("label").asText()).isEqualTo("Braille (Spanish grade 1)");
        assertThat(braille.path("measures").findValuesAsText("value")).contains("Spanish grade 1 (es-g1.ctb)", "¿ (reads ?)");
        assertThat(out().resolve("understanding-relapse-es").resolve("understanding-relapse-es.brf")).isNotEmptyFile();
    }

    @Test
    void brfOfAnEarlierBuildIsRemovedAndUnlinkedWhenTheHandoutNoLongerHasBraille() throws IOException {
        Path source = Files.writeString(dir.resolve("sleep.md"), "# Sleep\n\nGo to bed at the same time.\n");
        Path brf = out().resolve("sleep").resolve("sleep.brf");
        assertThat(CommandRun.of("build", source.toString(), "--out", out().toString()).exitCode()).isZero();
        assertThat(brf).isNotEmptyFile();
        assertThat(LinkTargets.of(out().resolve("index.html"))).contains("sleep/sleep.brf");

        Files.writeString(source, "---\nlang: de-DE\n---\n# Schlaf\n\nZur selben Zeit schlafen gehen.\n");
        CommandRun rebuilt = CommandRun.of("build", source.toString(), "--out", out().toString());

        assertThat(rebuilt.exitCode()).as(rebuilt.out() + rebuilt.err()).isZero();
        assertThat(brailleRow("sleep").path("unavailable").asText()).startsWith("not available for German (de-DE): ");
        assertThat(brf).doesNotExist();
        assertThat(out().resolve("sleep").resolve("sleep.html")).isNotEmptyFile();
        assertThat(LinkTargets.of(out().resolve("index.html"))).doesNotContain("sleep/sleep.brf").contains("sleep/sleep.html");
    }

    @Test
    void gradeOneIsUncontractedAndItsBrfIsReCheckedInGradeOne() throws IOException {
        Path seed = Fixtures.SEED;
        CommandRun build = CommandRun.of("build", seed.toString(), "--out", out().toString(), "--formats", "braille",
                "--braille-grade", "1");
        CommandRun check = CommandRun.of("check", out().toString(), "--braille-grade", "1");

        assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
        assertThat(build.out()).contains("Braille (UEB grade 1)");
        assertThat(brailleRow("understanding-relapse").path("measures").findValuesAsText("value"))
                .contains("UEB grade 1 (en-ueb-g1.ctb)", "none");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    }

    @Test
    void checkReadsTheBrfAgainAndNamesALineMadeTooLong() throws IOException {
        Path seed = Fixtures.SEED;
        assertThat(CommandRun.of("build", seed.toString(), "--out", out().toString(), "--formats", "braille").exitCode())
                .isZero();
        Path brf = out().resolve("understanding-relapse").resolve("understanding-relapse.brf");
        Files.writeString(brf, Files.readString(brf, StandardCharsets.US_ASCII).replaceFirst(" {38}#A", " ".repeat(39) + "#A"),
                StandardCharsets.US_ASCII);

        CommandRun check = CommandRun.of("check", out().toString());

        assertThat(check.exitCode()).isEqualTo(1);
        JsonNode braille = brailleRow("understanding-relapse");
        assertThat(braille.path("passed").asBoolean()).isFalse();
        assertThat(braille.path("measures").get(0).path("value").asText())
                .isEqualTo("page 1 line 25 is 41 cells long, more than 40");
    }
}
