package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smallest handouts the generated-handout property found trouble with, kept as plain examples. */
class MinimalHandoutTest {
    @TempDir
    Path dir;

    @Test
    void titleOnlyHandoutPassesEveryCheckIncludingLargePrintLineSpacing() throws IOException {
        Path source = Files.writeString(dir.resolve("title-only.md"), "# a\n");

        CommandRun run = CommandRun.of("build", source.toString(), "--out", dir.resolve("output").toString(),
                "--formats", "large-print-pdf");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(Files.readString(dir.resolve("output/title-only/report.json"))).contains("\"passed\" : true")
                .doesNotContain("\"passed\" : false");
    }

    @Test
    void tableWithOnlyAHeaderRowIsValidPdfUa() throws IOException {
        Path source = Files.writeString(dir.resolve("header-only-table.md"), "# a\n\n| Dose |\n| --- |\n");

        CommandRun run = CommandRun.of("build", source.toString(), "--out", dir.resolve("output").toString(), "--formats", "pdf");

        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    @Test
    void titleThatWrapsKeepsLargePrintLineSpacing() throws IOException {
        Path source = Files.writeString(dir.resolve("long-title.md"),
                "# Understanding relapse and what to do after one happens to you\n");

        CommandRun run = CommandRun.of("build", source.toString(), "--out", dir.resolve("output").toString(),
                "--formats", "large-print-pdf");

        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    @Test
    void wordBrokenAfterItsDashAtALineEndReadsBackWhole() throws IOException {
        String longCompound = "a".repeat(45) + "-" + "b".repeat(45);
        Path source = Files.writeString(dir.resolve("dash-at-line-end.md"), "# a\n\n- " + longCompound + "\n");

        CommandRun run = CommandRun.of("build", source.toString(), "--out", dir.resolve("output").toString(), "--formats", "pdf");

        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    @Test
    void linkThatWrapsOntoTheNextLineReadsBackAsOneLink() throws IOException {
        String longCompound = "a".repeat(30) + "-" + "b".repeat(30);
        Path source = Files.writeString(dir.resolve("wrapped-link.md"), "# a\n\nSome words before the link ["
                + longCompound + " more](https://example.org/x) and after.\n\n[one two three four five six seven eight"
                + " nine ten eleven twelve thirteen fourteen fifteen sixteen](https://example.org/y)\n");

        CommandRun run = CommandRun.of("build", source.toString(), "--out", dir.resolve("output").toString(), "--formats", "pdf");

        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    @Test
    void quoteThatOpensWithADashKeepsItsTextInDocx() throws IOException {
        Path source = Files.writeString(dir.resolve("dash-quote.md"), "# a\n\n> —Said with a dash\n>\n> — Someone\n");

        CommandRun run = CommandRun.of("build", source.toString(), "--out", dir.resolve("output").toString(), "--formats", "docx");

        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    @Test
    void twoAdjacentQuotesWithoutAttributionStayTwoQuotesInDocx() throws IOException {
        Path source = Files.writeString(dir.resolve("adjacent-quotes.md"), "# a\n\n> first\n\n> second\n");

        CommandRun run = CommandRun.of("build", source.toString(), "--out", dir.resolve("output").toString(), "--formats", "docx");

        assertThat(run.exitCode()).as(run.out()).isZero();
    }
}
