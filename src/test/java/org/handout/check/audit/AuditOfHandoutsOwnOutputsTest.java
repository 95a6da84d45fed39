package org.handout.check.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.handout.Fixtures;
import org.handout.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What handout builds is what the audit should pass: no finding of severity error on any output of the seed. */
class AuditOfHandoutsOwnOutputsTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void buildTheSeed() {
        int exit = Main.run(new PrintWriter(Writer.nullWriter()), new PrintWriter(System.err, true),
                "build", Fixtures.SEED.toString(), "--out", out.toString());
        assertThat(exit).isZero();
    }

    static Stream<String> outputs() {
        return Stream.of("understanding-relapse.pdf", "understanding-relapse-large-print.pdf", "understanding-relapse.docx",
                "understanding-relapse-large-print.docx", "understanding-relapse.html");
    }

    @ParameterizedTest
    @MethodSource("outputs")
    void outputHasNoErrorFindings(String name) throws IOException {
        Path file = out.resolve("understanding-relapse").resolve(name);
        assertThat(Files.exists(file)).isTrue();
        AuditResult result = Audit.of(file);
        assertThat(result.findings(Severity.ERROR)).as(result.findings().toString()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result.preview().lines()).extracting(ScreenReaderPreview.Line::text)
                .contains("heading level 1: Understanding relapse", "list of 4 items")
                .anyMatch(line -> line.startsWith("quote: “Relapse is part of recovery") && line.endsWith("— Personal experience"));
    }
}
