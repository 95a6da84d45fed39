package org.handout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.handout.Fixtures;
import org.handout.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check report of the seed's braille, as a reviewer opens it: the first braille page as
 * Unicode braille in a labelled {@code <pre>}, beside the results, on a phone and a desktop.
 */
class BrailleReportInBrowserTest {
    @TempDir
    static Path out;
    private static PageAudit report;

    @BeforeAll
    static void buildTheSeedsBrailleAndAuditItsReport() throws IOException {
        StringWriter messages = new StringWriter();
        int exit = Main.run(new PrintWriter(messages), new PrintWriter(messages), "build",
                Fixtures.SEED.toString(), "--out", out.toString(), "--formats", "html,braille");
        assertThat(exit).as(messages.toString()).isZero();
        Path page = out.resolve("understanding-relapse").resolve("report.html");
        report = BrowserAudit.audit(Path.of("target", "browser-audit", "braille-report"), List.of(320, 1280),
                Contrast.MINIMUM, List.of(page)).page(page);
    }

    @Test
    void hasNoWcag21AOrAAViolationAtPhoneOrDesktopWidth() {
        assertThat(report.widths()).allSatisfy(width -> assertThat(width.violations()).isEmpty());
    }
}
