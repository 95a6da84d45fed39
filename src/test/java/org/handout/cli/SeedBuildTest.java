package org.handout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handout.Fixtures;
import org.handout.braille.BrailleSettings;
import org.handout.build.StagedOutput;
import org.handout.check.ExpectedContent;
import org.handout.check.Fidelity;
import org.handout.check.braille.BrfReadBack;
import org.handout.format.OutputFormats;
import org.handout.model.Handout;
import org.handout.render.PageWords;
import org.handout.source.HandoutParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;


/** The seed handout built end to end by the real command, every format checked, twice. */
class SeedBuildTest {
    private static final String SLUG = Fixtures.SEED_SLUG;
    private static final List<String> FILES = List.of(SLUG + ".html", SLUG + "-large-print.html", SLUG + ".pdf",
            SLUG + "-large-print.pdf", SLUG + ".docx", SLUG + "-large-print.docx", SLUG + ".brf", "report.json",
            "report.html");

    @TempDir
    static Path dir;
    private static CommandRun first;
    private static CommandRun second;

    @BeforeAll
    static void buildTwice() {
        first = CommandRun.of("build", Fixtures.SEED.toString(), "--out", dir.resolve("first").toString());
        second = CommandRun.of("build", Fixtures.SEED.toString(), "--out", dir.resolve("second").toString(), "--jobs", "1");
    }

    private static Path output(String file) {
        return dir.resolve("first").resolve(SLUG).resolve(file);
    }

    @Test
    void seedBuildsEveryFormatAndPassesEveryCheck() {
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        FILES.forEach(file -> assertThat(output(file)).isNotEmptyFile());
    }

    /** The seed's 10 structure elements and 21 text blocks (2 headings, 11 paragraphs, 4 list items, 4 attributions). */
    private static final int SEED_PARTS = 31;

    @Test
    void consoleTableShowsFullFidelityAndPdfUaPassForEveryPrintAndWebFormat() {
        List<String> rows = first.out().lines().filter(l -> l.contains(SEED_PARTS + "/" + SEED_PARTS)).toList();
        assertThat(rows).hasSize(OutputFormats.ALL.size() - 1);
        assertThat(rows).filteredOn(l -> l.contains("PDF")).hasSize(2).allMatch(l -> l.endsWith("pass"));
        assertThat(first.out()).contains("1 handout built, every check passed.");
    }

    @Test
    void reportJsonAgreesWithTheConsole() throws IOException {
        JsonNode report = new ObjectMapper().readTree(output("report.json").toFile());
        assertThat(report.path("passed").asBoolean()).isTrue();
        assertThat(report.path("formats")).hasSize(OutputFormats.ALL.size()).allSatisfy(format -> {
            assertThat(format.path("passed").asBoolean()).isTrue();
            assertThat(format.path("found").asInt()).isEqualTo(format.path("expected").asInt());
        });
        assertThat(report.path("formats")).filteredOn(f -> !f.path("format").asText().equals("braille"))
                .hasSize(OutputFormats.ALL.size() - 1)
                .allSatisfy(format -> assertThat(format.path("expected").asInt()).isEqualTo(SEED_PARTS));
        assertThat(report.path("formats").get(OutputFormats.ALL.indexOf(OutputFormats.PDF)).path("pdfUa").path("compliant")
                .asBoolean()).isTrue();
    }

    @Test
    void consoleTableHasTheBrailleRowPassing() {
        assertThat(first.out().lines().filter(l -> l.contains("Braille (UEB grade 2)")))
                .singleElement().satisfies(row -> assertThat(row).matches(".*Braille \\(UEB grade 2\\) +4 +3 KB +21/21 +-"));
    }

    /** Read back here with nothing but the file, its table and the source, apart from the build's own check. */
    @Test
    void seedBrfReadsBackAsTheSeed() throws Exception {
        Handout seed = new HandoutParser().parse(Path.of("source-content", SLUG + ".md")).handout();
        BrfReadBack brf = BrfReadBack.read(output(SLUG + ".brf"), BrailleSettings.DEFAULT);

        Fidelity fidelity = brf.fidelity(ExpectedContent.of(seed, PageWords.of(seed.meta().lang())::label));

        assertThat(fidelity.differences()).isEmpty();
        assertThat(fidelity.found()).isEqualTo(fidelity.expected()).isEqualTo(21);
        assertThat(brf.layout()).isEmpty();
        assertThat(brf.preview().orElseThrow().lines()).hasSize(25);
    }

    @Test
    void reportHtmlShowsTheFirstBraillePageBesideTheResultsAndAsksForProofreading() throws IOException {
        Document html = Jsoup.parse(output("report.html").toFile());
        Element preview = html.selectFirst("figure pre[role=img]");
        assertThat(preview.attr("aria-label")).startsWith("First page of " + SLUG + ".brf as Unicode braille");
        assertThat(preview.wholeText().lines()).hasSize(25).allMatch(line -> line.chars().allMatch(c -> c >= 0x2800 && c <= 0x283F));
        assertThat(preview.wholeText()).endsWith("\u283C\u2801");
        assertThat(html.selectFirst("figure").nextElementSibling().select("caption").eachText()).contains("Measured on the file");
        assertThat(html.select("p strong").eachText()).anyMatch(text -> text.contains("certified braille transcriber"));
    }

    @Test
    void reportHtmlIsAccessibleHtml() throws IOException {
        Document html = Jsoup.parse(output("report.html").toFile());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.select("table th[scope=col]")).isNotEmpty();
        assertThat(html.select("caption")).isNotEmpty();
    }

    @Test
    void twoBuildsOfTheSameSourceAreByteIdentical() {
        assertThat(second.exitCode()).isZero();
        for (String file : FILES) {
            assertThat(dir.resolve("second").resolve(SLUG).resolve(file)).as(file).hasSameBinaryContentAs(output(file));
        }
    }

    @Test
    void noTemporaryFileIsLeft() throws IOException {
        try (Stream<Path> files = Files.list(output(""))) {
            assertThat(files).noneMatch(StagedOutput::isTemporary);
        }
    }
}
