package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.handout.Fixtures;
import org.handout.check.OutputFixtures;
import org.handout.check.pdf.TaggedPdfEdit;
import org.handout.format.OutputFormats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** `audit` inspects any file; `check` re-reads a build's outputs and catches what was lost since. */
class AuditAndCheckCommandTest {
    private static final String SLUG = Fixtures.SEED_SLUG;

    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void buildTheSeed() {
        out = dir.resolve("output");
        CommandRun build = CommandRun.of("build", Fixtures.SEED.toString(), "--out", out.toString());
        assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
    }

    private static Path output(Path folder, String file) {
        return folder.resolve(SLUG).resolve(file);
    }

    /** A copy of the whole build, so one test's damage stays its own. */
    private static Path copyOfBuild(String name) throws IOException {
        Path copy = dir.resolve(name);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(out.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    @Test
    void auditOfTheHandoutsOwnPdfReportsTaggedAndCompliant() {
        CommandRun audit = CommandRun.of("audit", output(out, SLUG + ".pdf").toString());
        assertThat(audit.exitCode()).isZero();
        assertThat(audit.out()).contains("tagged:   yes").contains("language: en-US").contains("H1 Understanding relapse")
                .contains("— Personal experience").contains("embedded").contains("PDF/UA-1").contains(": compliant");
    }

    @Test
    void auditOfAnUntaggedPdfSaysSoAndNamesTheFailedRules() throws IOException {
        Path untagged = OutputFixtures.untaggedPdf(dir.resolve("vendor.pdf"));
        CommandRun audit = CommandRun.of("audit", untagged.toString());
        assertThat(audit.exitCode()).isEqualTo(1);
        assertThat(audit.out()).contains("NOT TAGGED").contains("NOT compliant").contains("7.1-").contains("NOT EMBEDDED");
    }

    @Test
    void auditAsJsonCarriesTheOutlineAndTheVerdict() throws IOException {
        CommandRun audit = CommandRun.of("audit", output(out, SLUG + "-large-print.pdf").toString(), "--json");
        assertThat(audit.out().lines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(audit.out());
        assertThat(json.path("verdict").asText()).isEqualTo("compliant");
        assertThat(json.path("overview").path("outline").path("headings")).hasSize(2);
        assertThat(json.path("validation").path("compliant").asBoolean()).isTrue();
        assertThat(json.path("overview").path("textSizes").path("smallestPt").asDouble()).isGreaterThanOrEqualTo(18.0);
    }

    @Test
    void auditReadsDocxAndHtmlToo() {
        assertThat(CommandRun.of("audit", output(out, SLUG + ".docx").toString()).out()).contains("list items (4)");
        assertThat(CommandRun.of("audit", output(out, SLUG + ".html").toString()).out()).contains("quotes (4)");
    }

    @Test
    void auditOfAFileThatIsNoneOfTheFormatsIsUnreadableInOneLine() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "text");
        CommandRun audit = CommandRun.of("audit", notes.toString());
        assertThat(audit.exitCode()).isEqualTo(3);
        assertThat(audit.err()).isEqualTo("handout: " + notes + ": not a PDF, Word (DOCX) or HTML file: it holds plain text"
                + System.lineSeparator());
        assertThat(audit.out()).contains(notes + ": unreadable").contains("1 unreadable");
    }

    @Test
    void auditOfTheSeedsWholeOutputFolderPasses() {
        CommandRun audit = CommandRun.of("audit", out.toString());
        assertThat(audit.exitCode()).as(audit.out() + audit.err()).isZero();
        assertThat(audit.out()).contains(SLUG + ".pdf (PDF").contains(SLUG + "-large-print.docx (DOCX")
                .contains(SLUG + ".html (HTML").containsPattern("\\d+ files: (\\d+) compliant, 0 with findings, 0 unreadable\\.");
        assertThat(audit.err()).isEmpty();
    }

    @Test
    void auditAsJsonOfAnUntaggedALockedAndAGoodPdfPrintsOneLineEachAndExits3() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("three"));
        OutputFixtures.untaggedPdf(folder.resolve("a-untagged.pdf"));
        OutputFixtures.encrypted(output(out, SLUG + ".pdf"), "patient", folder.resolve("b-locked.pdf"));
        Files.copy(output(out, SLUG + ".pdf"), folder.resolve("c-handout.pdf"));

        CommandRun audit = CommandRun.of("audit", "--json", folder.toString());

        assertThat(audit.exitCode()).isEqualTo(3);
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : audit.out().lines().toList()) {
            lines.add(mapper.readTree(line));
        }
        assertThat(lines).extracting(line -> line.path("verdict").asText()).containsExactly("findings", "unreadable", "compliant");
        assertThat(lines).extracting(line -> line.path("file").asText())
                .containsExactly(folder.resolve("a-untagged.pdf").toString(), folder.resolve("b-locked.pdf").toString(),
                        folder.resolve("c-handout.pdf").toString());
        assertThat(lines.get(0).path("findings")).anySatisfy(f -> assertThat(f.path("id").asText()).isEqualTo("pdf.not-tagged"));
        assertThat(lines.get(1).path("message").asText()).contains("needs a password");
        assertThat(lines.get(2).path("findings")).allSatisfy(f -> assertThat(f.path("severity").asText()).isNotEqualTo("error"));
    }

    @Test
    void findingsOfSeverityErrorExit1AndAnUnreadableFileWinsWith3() throws IOException {
        Path untagged = OutputFixtures.untaggedPdf(dir.resolve("only-untagged.pdf"));
        Path locked = OutputFixtures.encrypted(output(out, SLUG + ".pdf"), "patient", dir.resolve("only-locked.pdf"));
        assertThat(CommandRun.of("audit", untagged.toString()).exitCode()).isEqualTo(1);
        CommandRun both = CommandRun.of("audit", untagged.toString(), locked.toString());
        assertThat(both.exitCode()).isEqualTo(3);
        assertThat(both.out()).contains("2 files: 0 compliant, 1 with findings, 1 unreadable.");
    }

    @Test
    void previewPrintsWhatAScreenReaderAnnounces() {
        CommandRun audit = CommandRun.of("audit", "--preview", output(out, SLUG + ".pdf").toString());
        assertThat(audit.out()).contains("screen-reader preview:").contains("heading level 1: Understanding relapse")
                .containsPattern("list of \\d+ items");
        assertThat(CommandRun.of("audit", output(out, SLUG + ".pdf").toString()).out()).doesNotContain("screen-reader preview:");
    }

    @Test
    void profileUa2ValidatesAgainstPdfUa2() throws IOException {
        CommandRun audit = CommandRun.of("audit", "--json", "--profile", "ua2", output(out, SLUG + ".pdf").toString());
        assertThat(new ObjectMapper().readTree(audit.out()).path("validation").path("flavour").asText()).isEqualTo("ua2");
    }

    @Test
    void htmlWritesAPagePerFileAndAnIndexLinkingThem() throws IOException {
        Path pages = dir.resolve("audit-pages");
        CommandRun audit = CommandRun.of("audit", "--html", pages.toString(), output(out, SLUG + ".pdf").toString(),
                output(out, SLUG + ".docx").toString());
        assertThat(audit.exitCode()).isZero();
        String index = Files.readString(pages.resolve("index.html"));
        assertThat(index).contains("href=\"001-" + SLUG + ".pdf.html\"").contains("href=\"002-" + SLUG + ".docx.html\"")
                .contains("2 files: 2 compliant");
        String page = Files.readString(pages.resolve("001-" + SLUG + ".pdf.html"));
        assertThat(page).contains("Screen-reader preview").contains("heading level 1: Understanding relapse")
                .contains("For the reviewer to judge").contains("14 Headings").contains("PDF/UA-1");
    }

    @Test
    void checkOfUntouchedOutputsPasses() {
        CommandRun check = CommandRun.of("check", out.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("every check passed");
    }

    @Test
    void checkCatchesAPdfQuoteRetypedToAParagraph() throws IOException {
        Path damaged = copyOfBuild("pdf-quote-lost");
        Path pdf = output(damaged, SLUG + ".pdf");
        Path retyped = OutputFixtures.retyped(pdf, "BlockQuote", 0, "P", dir.resolve("retyped.pdf"));
        Files.copy(retyped, pdf, StandardCopyOption.REPLACE_EXISTING);

        CommandRun check = CommandRun.of("check", damaged.toString());

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(Files.readString(output(damaged, "report.json"))).contains("quote 1").contains("MISSING");
    }

    @Test
    void checkCatchesADocxQuoteSwitchedToNormalStyle() throws IOException {
        Path damaged = copyOfBuild("docx-quote-lost");
        Path docx = output(damaged, SLUG + ".docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            XWPFParagraph quote = document.getParagraphs().stream()
                    .filter(p -> "Quote".equals(p.getStyle())).findFirst().orElseThrow();
            quote.setStyle("Normal");
            try (OutputStream stream = Files.newOutputStream(dir.resolve("edited.docx"))) {
                document.write(stream);
            }
        }
        Files.copy(dir.resolve("edited.docx"), docx, StandardCopyOption.REPLACE_EXISTING);

        CommandRun check = CommandRun.of("check", damaged.toString());

        assertThat(check.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(output(damaged, "report.json").toFile());
        JsonNode docxReport = report.path("formats").get(OutputFormats.ALL.indexOf(OutputFormats.DOCX));
        assertThat(docxReport.path("format").asText()).isEqualTo("docx");
        assertThat(docxReport.path("differences").get(0).path("message").asText()).startsWith("quote 1");
    }

    @Test
    void checkCatchesAParagraphDeletedFromTheHtmlAndPrintsItsFirstWords() throws IOException {
        Path damaged = copyOfBuild("html-paragraph-deleted");
        Path html = output(damaged, SLUG + ".html");
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        page.select("main p").stream().filter(p -> p.text().startsWith("Quitting opioid misuse")).findFirst()
                .orElseThrow().remove();
        Files.writeString(html, page.outerHtml());

        CommandRun check = CommandRun.of("check", damaged.toString());

        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.out()).contains(SLUG + ", HTML (" + SLUG + ".html):")
                .contains("  paragraph 3 \"Quitting opioid misuse could…\" is missing")
                .contains("1 of 1 handouts failed; see the problems listed above and report.html in each handout's folder.")
                .doesNotContain("handout built").doesNotContain("messages above");
    }

    @Test
    void checkCatchesAWordChangedInADocxParagraphAndPrintsIt() throws IOException {
        Path damaged = copyOfBuild("docx-word-changed");
        Path docx = output(damaged, SLUG + ".docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            XWPFRun run = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.text().contains("hardest")).findFirst().orElseThrow();
            run.setText(run.text().replace("hardest", "easiest"), 0);
            try (OutputStream stream = Files.newOutputStream(dir.resolve("word-changed.docx"))) {
                document.write(stream);
            }
        }
        Files.copy(dir.resolve("word-changed.docx"), docx, StandardCopyOption.REPLACE_EXISTING);

        CommandRun check = CommandRun.of("check", damaged.toString());

        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.out()).contains(SLUG + ", DOCX (" + SLUG + ".docx):")
                .contains("  paragraph 3: \"hardest\" reads \"easiest\"");
        JsonNode report = new ObjectMapper().readTree(output(damaged, "report.json").toFile());
        JsonNode docxReport = null;
        for (JsonNode format : report.path("formats")) {
            docxReport = format.path("format").asText().equals("docx") ? format : docxReport;
        }
        assertThat(docxReport.path("textDifferences").get(0).path("message").asText())
                .isEqualTo("paragraph 3: \"hardest\" reads \"easiest\"");
    }

    @Test
    void checkOfUntouchedOutputsSaysItCheckedNotBuilt() {
        CommandRun check = CommandRun.of("check", out.toString());
        assertThat(check.out()).contains("1 handout checked, every check passed.").doesNotContain("built");
    }

    @Test
    void checkCatchesAPdfParagraphTaggedButNoLongerDrawn() throws IOException {
        Path damaged = copyOfBuild("pdf-paragraph-not-drawn");
        Path pdf = output(damaged, SLUG + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            TaggedPdfEdit.makeInvisible(document, TaggedPdfEdit.find(document, "P", "Quitting"));
            document.save(dir.resolve("not-drawn.pdf").toFile());
        }
        Files.copy(dir.resolve("not-drawn.pdf"), pdf, StandardCopyOption.REPLACE_EXISTING);

        CommandRun check = CommandRun.of("check", damaged.toString());

        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.out()).contains(SLUG + ", PDF (" + SLUG + ".pdf):")
                .contains("  paragraph 3: \"Quitting opioid misuse could…\" is tagged but not drawn");
    }
}
