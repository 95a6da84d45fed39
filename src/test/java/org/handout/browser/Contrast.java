package org.handout.browser;

import java.util.List;

/** Which WCAG text contrast a page is held to. */
public enum Contrast {
    /** WCAG 1.4.3 (AA), 4.5:1: part of every audit. */
    MINIMUM(List.of()),
    /** WCAG 1.4.6 (AAA), 7:1: what large print promises its low-vision readers. */
    ENHANCED(List.of("--enhanced-contrast"));

    private final List<String> arguments;

    Contrast(List<String> arguments) {
        this.arguments = arguments;
    }

    List<String> arguments() {
        return arguments;
    }
}
