package org.handout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handout.check.OutputFixtures;
import org.handout.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages {@code handout audit --html} writes, in a real browser: the index, a compliant tagged PDF's page
 * (preview and checklist at their fullest), an untagged PDF's and an HTML file's pages full of findings, and an
 * unreadable file's page.
 */
class AuditPagesInBrowserTest {
    @TempDir
    static Path dir;
    private static List<Path> pages;
    private static AuditReport report;

    @BeforeAll
    static void auditAFolderAndOpenItsPages() throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        OutputFixtures.taggedPdf(OutputFixtures.SEED_HTML, files.resolve("handout.pdf"));
        OutputFixtures.untaggedPdf(files.resolve("vendor.pdf"));
        Files.writeString(files.resolve("flyer.html"), "<html><body><h1></h1><img src=chart.png><a href=/x>click here</a></body></html>");
        Files.writeString(files.resolve("notes.pdf"), "not a PDF");
        Path html = dir.resolve("audit");

        int exitCode = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "audit", "--html", html.toString(), files.toString());

        assertThat(exitCode).isEqualTo(3);
        try (Stream<Path> written = Files.list(html)) {
            pages = written.sorted().toList();
        }
        report = BrowserAudit.audit(Path.of("target", "browser-audit", "audit-pages"), List.of(320, 1280),
                Contrast.ENHANCED, pages);
    }

    @Test
    void writesAPagePerFileAndAnIndex() {
        assertThat(pages).extracting(page -> page.getFileName().toString()).containsExactly(
                "001-flyer.html.html", "002-handout.pdf.html", "003-notes.pdf.html", "004-vendor.pdf.html", "index.html");
    }

    /** Held to 7:1: reviewers with low vision read them too. */
    @Test
    void everyPageHasNoWcag21AOrAAViolationNorTextBelow7To1() {
        assertThat(pages).allSatisfy(page -> assertThat(report.page(page).violations()).as(page.toString()).isEmpty());
    }

    @Test
    void loadsNothingFromTheNetwork() {
        assertThat(pages).allSatisfy(page -> assertThat(report.page(page).remoteRequests()).isEmpty());
    }
}
