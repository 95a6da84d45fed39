package org.handout.browser;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of one browser run over several pages, with the versions that produced it, the
 * axe-core rule tags it ran and the rules it ran besides those.
 */
public record AuditReport(String axeVersion, String browserVersion, List<String> tags, List<String> extraRules,
                          List<PageAudit> pages) {
    public AuditReport {
        tags = List.copyOf(tags);
        extraRules = List.copyOf(extraRules);
        pages = List.copyOf(pages);
    }

    public PageAudit page(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return pages.stream().filter(p -> p.file().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " was not audited"));
    }
}
