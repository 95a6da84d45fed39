package org.handout.check;

import java.util.Locale;

/** WCAG 2.x contrast ratio between two sRGB colours written {@code #rrggbb}: 1 (none) to 21 (black on white). */
public final class ContrastRatio {
    /** WCAG 2.x AA for body text. */
    public static final double STANDARD_MINIMUM = 4.5;
    /** WCAG 2.x AAA, what large-print guidance asks of text for low-vision readers. */
    public static final double LARGE_PRINT_MINIMUM = 7.0;

    private ContrastRatio() {
    }

    public static double of(String foreground, String background) {
        double a = relativeLuminance(foreground);
        double b = relativeLuminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static double relativeLuminance(String hex) {
        String digits = hex.strip().toLowerCase(Locale.ROOT);
        if (!digits.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        double r = channel(Integer.parseInt(digits.substring(1, 3), 16));
        double g = channel(Integer.parseInt(digits.substring(3, 5), 16));
        double b = channel(Integer.parseInt(digits.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
