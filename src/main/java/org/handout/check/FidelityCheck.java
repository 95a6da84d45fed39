package org.handout.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The check run on every output file after a build: read it back with its format's reader,
 * compare with what the source says must be there, validate PDFs with veraPDF, and measure the
 * print rules (glyph sizes, italics, line spacing, contrast). Shared by the batch's threads.
 */
public final class FidelityCheck {
    static final double LARGE_PRINT_MIN_PT = 18.0;
    static final double LARGE_PRINT_MIN_LINE_SPACING = 1.5;
    /** Differences that mean an element of the source did not arrive intact. */
    private static final Set<Difference.Kind> LOSSES = EnumSet.complementOf(EnumSet.of(
            Difference.Kind.EXTRA, Difference.Kind.WRONG_LANGUAGE, Difference.Kind.WRONG_TITLE));

    private static final PdfOutlineReader PDF_READER = new PdfOutlineReader();

    private final OutlineComparison comparison = new OutlineComparison();
    /** veraPDF takes a second or more to start; it starts on first need, in the background. */
    private final AtomicReference<CompletableFuture<PdfUaValidator>> validator = new AtomicReference<>();
    private final Map<OutputFormat, OutlineReader> readers = new EnumMap<>(OutputFormat.class);
    private final Map<OutputFormat, List<Measure>> contrast = new EnumMap<>(OutputFormat.class);

    /**
     * @param stylesheets the CSS each format was styled with, where it has one; its colours are
     *                    checked for contrast once, not per file
     */
    public FidelityCheck(Map<OutputFormat, String> stylesheets) {
        for (OutputFormat format : OutputFormat.values()) {
            readers.put(format, readerFor(format));
            String css = stylesheets.get(format);
            contrast.put(format, css == null ? List.of() : List.of(contrastOf(format, css)));
        }
    }

    private static OutlineReader readerFor(OutputFormat format) {
        if (format == OutputFormat.HTML) {
            return new HtmlOutlineReader();
        }
        return format.pdf() ? PDF_READER : new DocxOutlineReader();
    }

    /**
     * @param file     the file to check (possibly still under its temporary name)
     * @param fileName the name the file has, or will have, in the output folder
     */
    public FormatReport check(OutputFormat format, Path file, String fileName, Outline expected) throws IOException {
        if (format.pdf()) {
            return checkPdf(format, file, fileName, expected);
        }
        List<Measure> measures = new ArrayList<>(contrast.get(format));
        if (format == OutputFormat.LARGE_PRINT_DOCX) {
            measures.add(smallestDocxText(DocxFontSizes.read(file)));
        }
        return report(format, file, fileName, expected, readers.get(format).read(file), 0, Optional.empty(), measures);
    }

    /** One load of the PDF serves the outline, the glyph measures and the tag summary. */
    private FormatReport checkPdf(OutputFormat format, Path file, String fileName, Outline expected) throws IOException {
        List<Measure> measures = new ArrayList<>(contrast.get(format));
        Outline found;
        GlyphReport glyphs;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            found = PDF_READER.read(document);
            glyphs = PdfGlyphMetrics.measure(document);
            measures.add(fontsEmbedded(PdfTagSummary.of(document)));
        }
        measures.addAll(format.largePrint() ? largePrint(glyphs) : List.of(smallestText(glyphs, 0)));
        return report(format, file, fileName, expected, found, glyphs.pages(), Optional.of(validator().validate(file)),
                measures);
    }

    private FormatReport report(OutputFormat format, Path file, String fileName, Outline expected, Outline found,
                                int pages, Optional<PdfValidationResult> pdfUa, List<Measure> measures) throws IOException {
        List<Difference> differences = comparison.compare(expected, found);
        long losses = differences.stream().filter(d -> LOSSES.contains(d.kind())).count();
        int total = size(expected);
        return new FormatReport(format, fileName, Files.size(file), pages, true, total,
                (int) Math.max(0, total - losses), differences, pdfUa, measures);
    }

    /**
     * Starts veraPDF in the background so its start-up overlaps rendering; call when a build is
     * about to produce PDFs. Calling it again does nothing.
     */
    public void prepare() {
        validator.compareAndSet(null, CompletableFuture.supplyAsync(PdfUaValidator::pdfUa1));
    }

    private PdfUaValidator validator() {
        prepare();
        return validator.get().join();
    }

    private static int size(Outline outline) {
        return outline.headings().size() + outline.quotes().size() + outline.items().size() + outline.images().size()
                + outline.tables().size() + outline.links().size();
    }

    private static Measure contrastOf(OutputFormat format, String css) {
        double minimum = format.largePrint() ? ContrastRatio.LARGE_PRINT_MINIMUM : ContrastRatio.STANDARD_MINIMUM;
        List<StylesheetContrast.Failure> failures = StylesheetContrast.failures(css, minimum);
        String value = failures.isEmpty() ? "every text colour"
                : failures.stream().map(f -> f.selector() + " " + f.foreground() + " on " + f.background() + " "
                        + points(f.ratio()) + ":1").reduce((a, b) -> a + "; " + b).orElse("");
        return new Measure("text contrast", value, "at least " + points(minimum) + ":1", failures.isEmpty());
    }

    private static Measure fontsEmbedded(PdfTagSummary summary) {
        List<String> missing = summary.fonts().stream().filter(f -> !f.embedded()).map(PdfTagSummary.FontUse::name).toList();
        return new Measure("fonts embedded", missing.isEmpty() ? "all " + summary.fonts().size()
                : "not embedded: " + String.join(", ", missing), "every font embedded", missing.isEmpty());
    }

    private static List<Measure> largePrint(GlyphReport glyphs) {
        // A handout whose pages each hold a single line has no line spacing to measure, so nothing to fail.
        OptionalDouble tightest = glyphs.lineSpacingRatios().stream().mapToDouble(Double::doubleValue).min();
        List<String> italic = glyphs.fonts().stream().filter(GlyphReport.FontUse::italic).map(GlyphReport.FontUse::name).toList();
        return List.of(
                smallestText(glyphs, LARGE_PRINT_MIN_PT),
                new Measure("smallest page number or footer text", points(glyphs.minArtifactGlyphPt()) + " pt",
                        "at least 18 pt", glyphs.minArtifactGlyphPt() == 0 || glyphs.minArtifactGlyphPt() >= LARGE_PRINT_MIN_PT - 0.05),
                new Measure("italic fonts", italic.isEmpty() ? "none" : String.join(", ", italic), "none", italic.isEmpty()),
                new Measure("tightest line spacing",
                        tightest.isPresent() ? points(tightest.getAsDouble()) + " × font size" : "one line per page",
                        "at least 1.5 ×", tightest.orElse(LARGE_PRINT_MIN_LINE_SPACING) >= LARGE_PRINT_MIN_LINE_SPACING - 0.01));
    }

    /** With {@code minimumPt} 0 the measure only informs (standard print has no size rule). */
    private static Measure smallestText(GlyphReport glyphs, double minimumPt) {
        String value = points(glyphs.minGlyphPt()) + " pt (median " + points(glyphs.medianGlyphPt()) + " pt)";
        return minimumPt == 0 ? new Measure("smallest text", value, "–", true)
                : new Measure("smallest text", value, "at least " + points(minimumPt) + " pt",
                        glyphs.minGlyphPt() >= minimumPt - 0.05);
    }

    private static Measure smallestDocxText(DocxFontSizes sizes) {
        Optional<DocxFontSizes.TextSize> smallest = sizes.smallest();
        String value = smallest.map(s -> points(s.pt()) + " pt (" + s.where() + ")").orElse("no text");
        return new Measure("smallest text", value, "at least 18 pt",
                smallest.map(s -> s.pt() >= LARGE_PRINT_MIN_PT).orElse(true));
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
