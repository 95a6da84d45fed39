package org.handout.check.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handout.check.Outline;
import org.handout.check.PdfValidationResult;
import org.handout.check.docx.DocxFontSizes;
import org.handout.check.docx.DocxOutlineReader;
import org.handout.check.html.HtmlOutlineReader;
import org.handout.check.pdf.GlyphReport;
import org.handout.check.pdf.PdfGlyphMetrics;
import org.handout.check.pdf.PdfOutlineReader;
import org.handout.check.pdf.PdfTagSummary;
import org.handout.check.pdf.PdfUaValidator;

/**
 * What an accessibility reviewer learns about any PDF, DOCX or HTML file, made by handout or
 * not: the outline a reader finds in it and, for PDFs, the tag tree, fonts, glyph sizes and the
 * veraPDF PDF/UA-1 verdict.
 */
public record FileAudit(Path file, String kind, long bytes, Outline outline, Optional<PdfTagSummary> tags,
                        Optional<PdfValidationResult> pdfUa, Optional<GlyphSizes> glyphs,
                        Optional<Double> smallestDocxTextPt) {

    /** Drawn text sizes of a PDF, page furniture excluded. */
    public record GlyphSizes(double minPt, double medianPt) {
    }

    public static FileAudit of(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        long bytes = Files.size(file);
        if (name.endsWith(".pdf")) {
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                GlyphReport glyphs = PdfGlyphMetrics.measure(document);
                return new FileAudit(file, "PDF", bytes, new PdfOutlineReader().read(document),
                        Optional.of(PdfTagSummary.of(document)), Optional.of(PdfUaValidator.pdfUa1().validate(file)),
                        Optional.of(new GlyphSizes(glyphs.minGlyphPt(), glyphs.medianGlyphPt())), Optional.empty());
            }
        }
        if (name.endsWith(".docx")) {
            return new FileAudit(file, "DOCX", bytes, new DocxOutlineReader().read(file), Optional.empty(), Optional.empty(),
                    Optional.empty(), DocxFontSizes.read(file).smallest().map(DocxFontSizes.TextSize::pt));
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return new FileAudit(file, "HTML", bytes, new HtmlOutlineReader().read(file), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        throw new IOException(file + ": cannot audit this kind of file; give a .pdf, .docx or .html file");
    }

    /** False when the file fails the validator; formats without one pass. */
    public boolean passed() {
        return pdfUa.map(PdfValidationResult::compliant).orElse(true);
    }
}
