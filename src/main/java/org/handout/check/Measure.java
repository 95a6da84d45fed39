package org.handout.check;

/**
 * One measured property of an output and whether it meets its rule, e.g. the smallest glyph of
 * a large-print PDF: {@code Measure("smallest text", "18.0 pt", "at least 18 pt", true)}.
 */
public record Measure(String name, String value, String rule, boolean passed) {
}
