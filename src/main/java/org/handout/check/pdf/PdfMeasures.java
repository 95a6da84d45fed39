package org.handout.check.pdf;

import static org.handout.check.PrintMeasures.LARGE_PRINT_MIN_LINE_SPACING;
import static org.handout.check.PrintMeasures.LARGE_PRINT_MIN_PT;
import static org.handout.check.PrintMeasures.points;

import java.util.List;
import java.util.OptionalDouble;
import org.handout.check.Measure;
import org.handout.check.MeasureRule;

/** The print rules measured on a PDF read back: embedded fonts, glyph sizes, italics, line spacing. */
public final class PdfMeasures {
    /** Every font a PDF uses is embedded in it. */
    public static final MeasureRule<PdfReadBack> FONTS_EMBEDDED = pdf -> fontsEmbedded(pdf.tags());
    /** The smallest drawn text of a standard PDF, for information: standard print has no size rule. */
    public static final MeasureRule<PdfReadBack> SMALLEST_TEXT = pdf -> smallestText(pdf.glyphs(), 0);
    public static final MeasureRule<PdfReadBack> LARGE_PRINT_SMALLEST_TEXT =
            pdf -> smallestText(pdf.glyphs(), LARGE_PRINT_MIN_PT);
    public static final MeasureRule<PdfReadBack> LARGE_PRINT_PAGE_FURNITURE = pdf -> pageFurniture(pdf.glyphs());
    public static final MeasureRule<PdfReadBack> NO_ITALICS = pdf -> italics(pdf.glyphs());
    public static final MeasureRule<PdfReadBack> LARGE_PRINT_LINE_SPACING = pdf -> lineSpacing(pdf.glyphs());

    private PdfMeasures() {
    }

    static Measure fontsEmbedded(PdfTagSummary summary) {
        List<String> missing = summary.fonts().stream().filter(f -> !f.embedded()).map(PdfTagSummary.FontResource::name).toList();
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
}
