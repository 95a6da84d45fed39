package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same handout translated into every supported language, built by the real command in one
 * batch: every print and web format made, read back equal to the source (structure and every word
 * of its text) and, for the PDFs, valid PDF/UA-1; braille, which handout lays out for English only,
 * reported not available for each.
 */
class LanguageHandoutsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/languages");
    private static final List<String> FORMATS = List.of("html", "large-print-html", "pdf", "large-print-pdf", "docx",
            "large-print-docx");
    private static final String BRAILLE = "braille";

    @TempDir
    static Path dir;
    private static CommandRun build;

    static Stream<String> languages() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - 3)).sorted().toList().stream();
        }
    }

    @BeforeAll
    static void buildEveryLanguage() throws IOException {
        List<String> args = new ArrayList<>(List.of("build", "--out", dir.toString()));
        languages().forEach(language -> args.add(FIXTURES.resolve(language + ".md").toString()));
        build = CommandRun.of(args.toArray(String[]::new));
    }

    private static JsonNode report(String language) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(language).resolve("report.json").toFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyFormatIsMadeAndReadsBackAsTheSource(String language) throws IOException {
        JsonNode report = report(language);

        assertThat(report.get("passed").asBoolean()).as("%s\n%s", report.toPrettyString(), build.err()).isTrue();
        assertThat(report.get("formats")).extracting(format -> format.get("format").asText())
                .containsExactlyElementsOf(Stream.concat(FORMATS.stream(), Stream.of(BRAILLE)).toList());
        assertThat(report.get("formats")).filteredOn(format -> FORMATS.contains(format.get("format").asText())).allSatisfy(format -> {
            assertThat(format.get("differences")).as(format.get("format").asText()).isEmpty();
            assertThat(format.get("textDifferences")).as(format.get("format").asText()).isEmpty();
            assertThat(format.get("found").asInt()).isEqualTo(format.get("expected").asInt()).isPositive();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void brailleIsReportedNotAvailableForTheLanguage(String language) throws IOException {
        JsonNode braille = report(language).get("formats").get(FORMATS.size());

        assertThat(braille.get("unavailable").asText()).startsWith("not available for ")
                .contains("(" + language + "): handout lays out braille for English (UEB) and Spanish only");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void bothPdfsPassPdfUaWithNoFailedRule(String language) throws IOException {
        assertBothPdfsPassPdfUa(report(language));
    }

    /** The report's two PDFs, standard and large print, are PDF/UA-1 with no failed rule. */
    static void assertBothPdfsPassPdfUa(JsonNode report) {
        List<JsonNode> pdfs = new ArrayList<>();
        report.get("formats").forEach(format -> {
            if (format.has("pdfUa")) {
                pdfs.add(format.get("pdfUa"));
            }
        });

        assertThat(pdfs).hasSize(2).allSatisfy(pdfUa -> {
            assertThat(pdfUa.get("compliant").asBoolean()).isTrue();
            assertThat(pdfUa.get("failedRules")).isEmpty();
        });
    }
}
