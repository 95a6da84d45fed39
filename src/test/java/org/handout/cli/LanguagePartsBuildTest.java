package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.handout.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English handouts with a paragraph, a list item or a phrase in another language (Chinese and
 * Spanish; Arabic and Hebrew, which run the other way), built by the real command: every format
 * made, read back with every part in its language, and both PDFs valid PDF/UA-1.
 */
class LanguagePartsBuildTest {
    private static final Path ARABIC = Path.of("src/test/resources/languages/parts/arabic-paragraph.md");

    @TempDir
    static Path dir;
    private static CommandRun build;

    static Stream<Path> fixtures() {
        return Stream.of(Fixtures.LANGUAGE_PARTS, ARABIC);
    }

    @BeforeAll
    static void buildBoth() {
        List<String> args = new ArrayList<>(List.of("build", "--out", dir.toString()));
        fixtures().forEach(fixture -> args.add(fixture.toString()));
        build = CommandRun.of(args.toArray(String[]::new));
    }

    private static JsonNode report(Path fixture) throws IOException {
        String slug = fixture.getFileName().toString().replace(".md", "");
        return new ObjectMapper().readTree(dir.resolve(slug).resolve("report.json").toFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFormatIsMadeAndReadsBackWithEveryPartInItsLanguage(Path fixture) throws IOException {
        JsonNode report = report(fixture);

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(report.get("formats")).hasSize(7).allSatisfy(format -> {
            assertThat(format.has("unavailable")).as(format.get("format").asText()).isFalse();
            assertThat(format.get("differences")).as(format.get("format").asText()).isEmpty();
            assertThat(format.get("found").asInt()).isEqualTo(format.get("expected").asInt()).isPositive();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void bothPdfsPassPdfUaWithNoFailedRule(Path fixture) throws IOException {
        LanguageHandoutsTest.assertBothPdfsPassPdfUa(report(fixture));
    }
}
