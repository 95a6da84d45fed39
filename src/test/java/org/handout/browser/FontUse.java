package org.handout.browser;

import java.util.List;

/**
 * The fonts a page loaded through its {@code @font-face} rules ("family weight style"), and the
 * fonts Chromium drew a few elements' text with, as its DevTools protocol reports them.
 */
public record FontUse(List<String> loaded, List<RenderedFont> rendered) {
    public FontUse {
        loaded = List.copyOf(loaded);
        rendered = List.copyOf(rendered);
    }

    /** One font that drew some glyphs of an element's text; a web font is custom, an installed one is not. */
    public record RenderedFont(String selector, String familyName, boolean customFont, int glyphCount) {
    }

    /** True when every glyph of the measured text was drawn with the given web font and nothing else. */
    public boolean drawnOnlyWith(String family) {
        return !rendered.isEmpty() && rendered.stream().allMatch(f -> f.customFont() && f.familyName().equals(family));
    }
}
