package org.handout.render.html;

import org.handout.model.Heading;

/** Fragment identifiers for headings, stable across builds so links and PDF bookmarks can target them. */
public final class HeadingIds {
    private HeadingIds() {
    }

    /** Derived from where the heading starts in the source, which is unique within one handout. */
    public static String of(Heading heading) {
        return "heading-" + heading.at().line() + "-" + heading.at().column();
    }
}
