package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handout.format.OutputFormat;
import org.handout.format.OutputFormats;
import org.handout.model.Handout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes a reader once lost, each kept as a fixture and built by the real command in every format (braille
 * too: they are English): every file reads back with every structure element and every word.
 */
class ReadBackFixturesBuildTest {
    /** A quote going on after a quote and after a call-out nested in it; quotes holding only a quote or a table. */
    static final Path QUOTES_AFTER_NESTED_BLOCKS = Path.of("src/test/resources/text/quotes-going-on-after-nested-blocks.md");

    /** Links to one target at the end of one block and the start of the next, side by side, and one that wraps. */
    static final Path LINKS_TO_ONE_TARGET = Path.of("src/test/resources/text/links-to-one-target-in-neighbouring-blocks.md");

    /** Words tied by non-breaking spaces, an address and long words, wider than a line or a table cell. */
    static final Path LONG_UNBREAKABLE_RUNS = Path.of("src/test/resources/text/long-unbreakable-runs.md");

    static List<Path> fixtures() {
        return List.of(QUOTES_AFTER_NESTED_BLOCKS, LINKS_TO_ONE_TARGET, LONG_UNBREAKABLE_RUNS);
    }

    @TempDir
    static Path out;
    private static CommandRun run;

    @BeforeAll
    static void buildEveryFixtureInOneBatch() {
        List<String> args = new ArrayList<>(List.of("build", "--out", out.toString()));
        fixtures().forEach(fixture -> args.add(fixture.toString()));
        run = CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void theBatchPasses() {
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFormatReadsBackWhole(Path fixture) throws IOException {
        JsonNode report = new ObjectMapper().readTree(out.resolve(Handout.slugOf(fixture)).resolve("report.json").toFile());

        assertThat(report.path("formats").findValuesAsText("format"))
                .containsExactlyElementsOf(OutputFormats.ALL.stream().map(OutputFormat::id).toList());
        assertThat(report.path("formats")).allSatisfy(format -> {
            String name = format.path("format").asText();
            assertThat(format.path("differences")).as("%s: differences", name).isEmpty();
            assertThat(format.path("textDifferences")).as("%s: text differences", name).isEmpty();
            assertThat(format.path("found").asInt()).as("%s: found", name).isEqualTo(format.path("expected").asInt());
            assertThat(format.path("passed").asBoolean()).as("%s: passed", name).isTrue();
        });
    }
}
