package org.handout.format;

import java.util.function.Function;
import org.handout.render.Profile;

/**
 * The CSS a format is styled with, made from its print profile, and the contrast its text
 * colours must reach (checked once per build, not per file).
 */
public record Stylesheet(Function<Profile, String> css, double contrastMinimum) {
}
