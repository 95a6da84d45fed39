package org.handout.check.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handout.check.OutputFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict follows the findings: validator failures and error heuristics make "findings", warnings alone do not. */
class AuditVerdictTest {
    @TempDir
    Path dir;

    @Test
    void untaggedPdfHasFindingsFromTheValidatorAndTheHeuristics() throws IOException {
        AuditResult result = Audit.of(OutputFixtures.untaggedPdf(dir.resolve("vendor.pdf")));
        assertThat(result.verdict()).isEqualTo(Verdict.FINDINGS);
        assertThat(result.findings()).extracting(Finding::id).contains("pdf.not-tagged").anyMatch(id -> id.startsWith("verapdf.ua1.7.1-"));
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void htmlWithOnlyWarningsIsCompliant() throws IOException {
        Path html = Files.writeString(dir.resolve("page.html"), "<!doctype html><html lang=en><title>T</title>"
                + "<main><h1>T</h1><h3>Skipped</h3><p>Text</p></main></html>");
        AuditResult result = Audit.of(html);
        assertThat(result.findings()).extracting(Finding::describe).containsExactly("warning heading.skipped-level at "
                + "h3 after H1 \"Skipped\": A heading skips a level after the heading before it. "
                + "Use the next level down, without gaps.");
        assertThat(result.verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void htmlWithAnErrorHasFindings() throws IOException {
        Path html = Files.writeString(dir.resolve("page.html"), "<!doctype html><html><title>T</title>"
                + "<main><h1>T</h1><img src=photo.jpg></main></html>");
        AuditResult result = Audit.of(html);
        assertThat(result.findings()).extracting(Finding::id).containsExactly("document.lang-missing", "figure.alt-missing");
        assertThat(result.verdict()).isEqualTo(Verdict.FINDINGS);
    }
}
