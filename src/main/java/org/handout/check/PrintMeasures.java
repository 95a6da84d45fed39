package org.handout.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The print rules measured on files read back (glyph sizes, italics, line spacing, embedded
 * fonts) and on stylesheets (contrast), as the rows of the format table name them.
 */
public final class PrintMeasures {
    static final double LARGE_PRINT_MIN_PT = 18.0;
    static final double LARGE_PRINT_MIN_LINE_SPACING = 1.5;

    /** Every font a PDF uses is embedded in it. */
    public static final MeasureRule<PdfReadBack> FONTS_EMBEDDED = pdf -> fontsEmbedded(pdf.tags());
    /** The smallest drawn text of a standard PDF, for information: standard print has no size rule. */
    public static final MeasureRule<PdfReadBack> SMALLEST_TEXT = pdf -> smallestText(pdf.glyphs(), 0);
    public static final MeasureRule<PdfReadBack> LARGE_PRINT_SMALLEST_TEXT =
            pdf -> smallestText(pdf.glyphs(), LARGE_PRINT_MIN_PT);
    public static final MeasureRule<PdfReadBack> LARGE_PRINT_PAGE_FURNITURE = pdf -> pageFurniture(pdf.glyphs());
    public static final MeasureRule<PdfReadBack> NO_ITALICS = pdf -> italics(pdf.glyphs());
    public static final MeasureRule<PdfReadBack> LARGE_PRINT_LINE_SPACING = pdf -> lineSpacing(pdf.glyphs());
    public static final MeasureRule<DocxReadBack> LARGE_PRINT_DOCX_TEXT =
            docx -> smallestDocxText(DocxFontSizes.read(docx.file()));

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

    static Measure fontsEmbedded(PdfTagSummary summary) {
        List<String> missing = summary.fonts().stream().filter(f -> !f.embedded()).map(PdfTagSummary.FontUse::name).toList();
        return new Measure("fonts embedded", missing.isEmpty() ? "all " + summary.fonts().size()
                : "not embedded: " + String.join(", ", missing), "every font embedded", missing.isEmpty());
    }

    static Measure pageFurniture(GlyphReport glyphs) {
        return new Measure("smallest page number or footer text", points(glyphs.minArtifactGlyphPt()) + " pt",
                "at least 18 pt", glyphs.minArtifactGlyphPt() == 0 || glyphs.minArtifactGlyphPt() >= LARGE_PRINT_MIN_PT - 0.05);
    }

    static Measure italics(GlyphReport glyphs) {
        List<String> italic = glyphs.fonts().stream().filter(GlyphReport.FontUse::italic).map(GlyphReport.FontUse::name).toList();
        return new Measure("italic fonts", italic.isEmpty() ? "none" : String.join(", ", italic), "none", italic.isEmpty());
    }

    static Measure lineSpacing(GlyphReport glyphs) {
        // A handout whose pages each hold a single line has no line spacing to measure, so nothing to fail.
        OptionalDouble tightest = glyphs.lineSpacingRatios().stream().mapToDouble(Double::doubleValue).min();
        return new Measure("tightest line spacing",
                tightest.isPresent() ? points(tightest.getAsDouble()) + " × font size" : "one line per page",
                "at least 1.5 ×", tightest.orElse(LARGE_PRINT_MIN_LINE_SPACING) >= LARGE_PRINT_MIN_LINE_SPACING - 0.01);
    }

    /** With {@code minimumPt} 0 the measure only informs (standard print has no size rule). */
    static Measure smallestText(GlyphReport glyphs, double minimumPt) {
        String value = points(glyphs.minGlyphPt()) + " pt (median " + points(glyphs.medianGlyphPt()) + " pt)";
        return minimumPt == 0 ? new Measure("smallest text", value, "–", true)
                : new Measure("smallest text", value, "at least " + points(minimumPt) + " pt",
                        glyphs.minGlyphPt() >= minimumPt - 0.05);
    }

    static Measure smallestDocxText(DocxFontSizes sizes) {
        Optional<DocxFontSizes.TextSize> smallest = sizes.smallest();
        String value = smallest.map(s -> points(s.pt()) + " pt (" + s.where() + ")").orElse("no text");
        return new Measure("smallest text", value, "at least 18 pt",
                smallest.map(s -> s.pt() >= LARGE_PRINT_MIN_PT).orElse(true));
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
