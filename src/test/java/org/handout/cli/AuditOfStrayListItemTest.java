package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.check.audit.TaggedPdf.tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handout.check.audit.TaggedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list item outside any list is read and printed like any other item, not a crash of the text report. */
class AuditOfStrayListItemTest {
    @TempDir
    Path dir;

    @Test
    void htmlListItemOutsideAListIsPrinted() throws IOException {
        Path html = Files.writeString(dir.resolve("stray.html"),
                "<!doctype html><html lang=en><title>T</title><main><h1>T</h1><li>A stray item</li></main></html>");
        CommandRun audit = CommandRun.of("audit", html.toString());
        assertThat(audit.err()).doesNotContain("negative");
        assertThat(audit.out()).contains("• A stray item");
    }

    @Test
    void pdfListItemOutsideAListIsPrinted() throws IOException {
        Path pdf = TaggedPdf.of(tag("H1", "Understanding relapse"), tag("LI", "A stray item")).save(dir.resolve("stray.pdf"));
        CommandRun audit = CommandRun.of("audit", pdf.toString());
        assertThat(audit.err()).doesNotContain("negative");
        assertThat(audit.out()).contains("• A stray item");
    }
}
