package org.handout.browser;

/**
 * A page laid out for a reader whose browser default font size is {@code defaultFontPx} instead
 * of 16 px, at the narrowest audited width.
 */
public record LargeFontLayout(int width, int defaultFontPx, int scrollWidth, int viewportWidth, double rootFontPx,
                              double bodyFontPx) {

    public boolean overflows() {
        return scrollWidth > viewportWidth;
    }
}
