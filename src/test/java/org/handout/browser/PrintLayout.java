package org.handout.browser;

import java.nio.file.Path;

/** A page laid out under its print stylesheet on a Letter page's printable width. */
public record PrintLayout(int width, int scrollWidth, int viewportWidth, double rootFontPx, double bodyFontPx,
                          Path screenshot) {

    /** True when the printed page would be cut off at the right edge of the paper. */
    public boolean overflows() {
        return scrollWidth > viewportWidth;
    }
}
