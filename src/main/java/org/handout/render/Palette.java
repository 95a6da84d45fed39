package org.handout.render;

/**
 * The colours of a print profile as {@code #rrggbb}. Every text colour is paired with the
 * background it sits on so contrast can be computed, not assumed.
 */
public record Palette(String text, String background, String accent, String muted, String noteBackground,
                      String rule) {
}
