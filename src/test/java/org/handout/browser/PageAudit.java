package org.handout.browser;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the browser found on one page: per width the layout and axe-core violations, the
 * fonts it loaded and drew the text with, what the library page's filter did (null elsewhere), where
 * the first Tab press lands, the print layout, the layout with a large default font, and every
 * non-local request the page tried to make (all of them were refused, so a page that needs one
 * shows it in its screenshots too).
 */
public record PageAudit(Path file, String title, List<WidthAudit> widths, FontUse fonts, FilterUse filter,
                        FirstTabStop firstTabStop,
                        PrintLayout print, LargeFontLayout largeFont, List<String> remoteRequests) {
    public PageAudit {
        widths = List.copyOf(widths);
        remoteRequests = List.copyOf(remoteRequests);
    }

    public WidthAudit at(int width) {
        return widths.stream().filter(w -> w.width() == width).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " was not audited at " + width + " px"));
    }

    /** Violations at any width, each rule once: the same rule usually fails at every width. */
    public List<Violation> violations() {
        Map<String, Violation> byRule = widths.stream().flatMap(w -> w.violations().stream())
                .collect(Collectors.toMap(Violation::id, Function.identity(), (first, later) -> first,
                        LinkedHashMap::new));
        return List.copyOf(byRule.values());
    }
}
