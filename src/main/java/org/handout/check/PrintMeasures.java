package org.handout.check;

import java.util.List;
import java.util.Locale;

/**
 * The print rules every format's measures share: the large-print minimums, how numbers are
 * shown, and the contrast of a stylesheet's text colours (measured once per build, not per file).
 */
public final class PrintMeasures {
    public static final double LARGE_PRINT_MIN_PT = 18.0;
    public static final double LARGE_PRINT_MIN_LINE_SPACING = 1.5;

    private PrintMeasures() {
    }

    /** The contrast of every text colour a stylesheet sets against its background. */
    public static Measure contrast(String css, double minimum) {
        List<StylesheetContrast.Failure> failures = StylesheetContrast.failures(css, minimum);
        String value = failures.isEmpty() ? "every text colour"
                : failures.stream().map(f -> f.selector() + " " + f.foreground() + " on " + f.background() + " "
                        + points(f.ratio()) + ":1").reduce((a, b) -> a + "; " + b).orElse("");
        return new Measure("text contrast", value, "at least " + points(minimum) + ":1", failures.isEmpty());
    }

    /** A size or ratio as reports show it: one decimal. */
    public static String points(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
