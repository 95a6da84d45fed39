package org.handout.browser;

import java.nio.file.Path;
import java.util.List;

/** The result of one browser run over several pages, with the versions that produced it. */
public record AuditReport(String axeVersion, String browserVersion, List<String> tags, List<PageAudit> pages) {
    public AuditReport {
        tags = List.copyOf(tags);
        pages = List.copyOf(pages);
    }

    public PageAudit page(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return pages.stream().filter(p -> p.file().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " was not audited"));
    }
}
