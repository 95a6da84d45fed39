package org.handout.browser;

/**
 * The element that has focus after one press of Tab on a freshly loaded page ({@code body} when
 * nothing on the page can take focus), and the focus indicator the page's styles give it.
 */
public record FirstTabStop(String tag, String href, String text, boolean onScreen, String outlineStyle,
                           double outlineWidthPx, String boxShadow) {

    /** True when a keyboard user can see where focus is: on screen, with an outline or a ring. */
    public boolean visiblyFocused() {
        boolean outline = !"none".equals(outlineStyle) && outlineWidthPx > 0;
        boolean ring = boxShadow != null && !"none".equals(boxShadow);
        return !"body".equals(tag) && onScreen && (outline || ring);
    }
}
