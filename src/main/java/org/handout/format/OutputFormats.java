package org.handout.format;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.handout.braille.BrailleSettings;
import org.handout.check.ContrastRatio;
import org.handout.check.FormatName;
import org.handout.check.OutputValidator;
import org.handout.check.Reading;
import org.handout.check.braille.BrailleFormat;
import org.handout.check.braille.BrfMeasures;
import org.handout.check.braille.BrfReadBack;
import org.handout.check.docx.DocxMeasures;
import org.handout.check.docx.DocxReadBack;
import org.handout.check.html.HtmlReadBack;
import org.handout.check.pdf.PdfMeasures;
import org.handout.check.pdf.PdfReadBack;
import org.handout.check.pdf.PdfUaValidation;
import org.handout.render.Profile;
import org.handout.render.braille.BrfRenderer;
import org.handout.render.docx.DocxRenderer;
import org.handout.render.html.HtmlRenderer;
import org.handout.render.html.WebStylesheet;
import org.handout.render.pdf.PdfRenderer;
import org.handout.render.pdf.PrintStylesheet;

/**
 * The table of output formats, one row each, in the order they are built and reported. Adding
 * a format is a renderer, a reader and one row here.
 */
public final class OutputFormats {
    private static final HtmlRenderer HTML_RENDERER = new HtmlRenderer();
    private static final PdfRenderer PDF_RENDERER = new PdfRenderer();
    private static final DocxRenderer DOCX_RENDERER = new DocxRenderer();
    /** Both PDFs share one veraPDF, started once. */
    private static final Optional<OutputValidator> PDF_UA = Optional.of(new PdfUaValidation());

    public static final OutputFormat HTML = new OutputFormat("html", "HTML", "", ".html", HTML_RENDERER,
            Profile::standard, Optional.of(new Stylesheet(WebStylesheet::of, ContrastRatio.STANDARD_MINIMUM)),
            Reading.outlineOnly(HtmlReadBack::read), Optional.empty());

    public static final OutputFormat LARGE_PRINT_HTML = new OutputFormat("large-print-html", "HTML large print",
            "-large-print", ".html", HTML_RENDERER,
            Profile::largePrint, Optional.of(new Stylesheet(WebStylesheet::of, ContrastRatio.LARGE_PRINT_MINIMUM)),
            Reading.outlineOnly(HtmlReadBack::read), Optional.empty());

    public static final OutputFormat PDF = new OutputFormat("pdf", "PDF", "", ".pdf", PDF_RENDERER,
            Profile::standard, Optional.of(new Stylesheet(PrintStylesheet::of, ContrastRatio.STANDARD_MINIMUM)),
            new Reading<>(PdfReadBack::read, List.of(PdfMeasures.FONTS_EMBEDDED, PdfMeasures.SMALLEST_TEXT)),
            PDF_UA);

    public static final OutputFormat LARGE_PRINT_PDF = new OutputFormat("large-print-pdf", "PDF large print",
            "-large-print", ".pdf", PDF_RENDERER,
            Profile::largePrint, Optional.of(new Stylesheet(PrintStylesheet::of, ContrastRatio.LARGE_PRINT_MINIMUM)),
            new Reading<>(PdfReadBack::read, List.of(PdfMeasures.FONTS_EMBEDDED, PdfMeasures.LARGE_PRINT_SMALLEST_TEXT,
                    PdfMeasures.LARGE_PRINT_PAGE_FURNITURE, PdfMeasures.NO_ITALICS,
                    PdfMeasures.LARGE_PRINT_LINE_SPACING)),
            PDF_UA);

    public static final OutputFormat DOCX = new OutputFormat("docx", "DOCX", "", ".docx", DOCX_RENDERER,
            Profile::standard, Optional.empty(), Reading.outlineOnly(DocxReadBack::read), Optional.empty());

    public static final OutputFormat LARGE_PRINT_DOCX = new OutputFormat("large-print-docx", "DOCX large print",
            "-large-print", ".docx", DOCX_RENDERER,
            Profile::largePrint, Optional.empty(),
            new Reading<>(DocxReadBack::read, List.of(DocxMeasures.LARGE_PRINT_SMALLEST_TEXT)), Optional.empty());

    public static final OutputFormat BRAILLE = braille(BrailleSettings.DEFAULT);

    /** Every format, in build and report order, braille in its default grade. */
    public static final List<OutputFormat> ALL =
            List.of(HTML, LARGE_PRINT_HTML, PDF, LARGE_PRINT_PDF, DOCX, LARGE_PRINT_DOCX, BRAILLE);

    /** Whether the format is a web page, which links to the handout's other versions. */
    public static boolean isWebPage(OutputFormat format) {
        return format.id().equals(HTML.id()) || format.id().equals(LARGE_PRINT_HTML.id());
    }

    /** The web page in the other print size than {@code webPage}. */
    public static OutputFormat otherPrintSize(OutputFormat webPage) {
        return webPage.id().equals(HTML.id()) ? LARGE_PRINT_HTML : HTML;
    }

    private OutputFormats() {
    }

    /**
     * The braille row for a grade: the BRF renderer and reader with that grade's tables. Print
     * profiles do not apply to braille; the renderer ignores the one it is given.
     */
    public static OutputFormat braille(BrailleSettings settings) {
        return new OutputFormat(BrailleFormat.ID, BrfRenderer.label(settings.english()), "", ".brf",
                new BrfRenderer(settings), Profile::standard, Optional.empty(),
                new Reading<>(BrfReadBack.reader(settings), BrfMeasures.ALL), Optional.empty());
    }

    /** Every format, in build and report order, braille in the given grade. */
    public static List<OutputFormat> all(BrailleSettings braille) {
        return ALL.stream().map(format -> format == BRAILLE ? braille(braille) : format).toList();
    }

    public static OutputFormat fromId(String id) {
        String wanted = id.strip().toLowerCase(java.util.Locale.ROOT);
        return ALL.stream().filter(f -> f.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + id + "'; choose from "
                        + ALL.stream().map(OutputFormat::id).collect(Collectors.joining(", "))));
    }

    /** The name of the format with this id, as a report.json read back needs it. */
    public static FormatName name(String id) {
        return fromId(id).name();
    }
}
