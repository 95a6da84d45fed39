package org.handout.browser;

import java.nio.file.Path;
import java.util.List;

/**
 * A page as the browser laid it out at one viewport width: whether it is in standards mode (not
 * quirks mode, which a missing doctype causes), its document width, font sizes in
 * CSS pixels, the full-page screenshot taken and the axe-core violations found.
 */
public record WidthAudit(int width, boolean standardsMode, int scrollWidth, int viewportWidth, double rootFontPx, double bodyFontPx,
                         Path screenshot, List<Violation> violations) {
    public WidthAudit {
        violations = List.copyOf(violations);
    }

    /** True when the reader would have to scroll sideways to read the page. */
    public boolean overflows() {
        return scrollWidth > viewportWidth;
    }
}
