package org.handout.check.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.handout.check.pdf.MatterhornCheckpoint;
import org.handout.check.pdf.PdfUaValidator;
import org.handout.check.PdfValidationResult;
import org.handout.check.PdfValidationResult.FailedRule;
import org.jsoup.Jsoup;

/**
 * Audits any PDF, DOCX or HTML file, made by handout or not, as an accessibility reviewer would: what the file
 * really is, the validator's verdict for a PDF, the heuristics beyond it, the screen-reader preview and the
 * checklist of what a person must judge. Every file gets a result, never an exception: a file that cannot be read
 * is {@link Verdict#UNREADABLE} with the reason in plain words. Immutable and thread-safe.
 */
public final class Audit {
    /** A fully qualified Java class name, possibly followed by ": ", which a reviewer must never see. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*:?\\s*");

    private final long largestBytes;
    private final PdfUaProfile profile;

    public Audit(long largestBytes, PdfUaProfile profile) {
        this.largestBytes = largestBytes;
        this.profile = profile;
    }

    /** Files up to {@link AuditInput#DEFAULT_LARGEST_BYTES}, PDFs against the PDF/UA part they declare. */
    public static AuditResult of(Path file) {
        return new Audit(AuditInput.DEFAULT_LARGEST_BYTES, PdfUaProfile.DECLARED).audit(file);
    }

    public AuditResult audit(Path file) {
        Optional<DocumentFormat> format = Optional.empty();
        try {
            AuditInput input = AuditInput.classify(file, largestBytes);
            format = Optional.of(input.format());
            switch (input.format()) {
                case PDF:
                    return pdf(input);
                case DOCX:
                    try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
                        return result(input, DocxInspector.inspect(document), Optional.empty());
                    }
                default:
                    return result(input, HtmlInspector.inspect(Jsoup.parse(file.toFile(), null)), Optional.empty());
            }
        } catch (UnreadableFileException e) {
            return AuditResult.unreadable(file, format, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return AuditResult.unreadable(file, format, file + ": damaged, cannot be read: " + plainWords(e));
        } catch (StackOverflowError e) {
            return AuditResult.unreadable(file, format, file + ": nested too deeply to read");
        }
    }

    private AuditResult pdf(AuditInput input) throws IOException {
        Path file = input.file();
        PDDocument document;
        try {
            // The empty user password opens what every viewer opens without asking.
            document = Loader.loadPDF(file.toFile(), "");
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException(file, "encrypted: it needs a password to open; ask for a copy without one");
        }
        try (document) {
            Inspection inspection = PdfInspector.inspect(document);
            List<String> missing = new ArrayList<>(inspection.missingParts());
            Optional<PdfValidationResult> validation = validate(file, document, missing);
            return result(input, inspection.withMissingParts(missing), validation);
        }
    }

    /**
     * veraPDF parses files itself and refuses encrypted ones, so an encrypted PDF that opened with the empty
     * password is validated as a decrypted copy. When veraPDF cannot parse the file at all, the rest of the report
     * stands and says the validation is missing.
     */
    private Optional<PdfValidationResult> validate(Path file, PDDocument document, List<String> missing) {
        PdfUaValidator validator = profile.validatorFor(document);
        Path copy = null;
        try {
            Path validated = file;
            if (document.isEncrypted()) {
                copy = Files.createTempFile("handout-audit-", ".pdf");
                document.setAllSecurityToBeRemoved(true);
                document.save(copy.toFile());
                validated = copy;
                missing.add("the encryption itself: veraPDF validated a decrypted copy");
            }
            return Optional.of(validator.validate(validated));
        } catch (IOException | RuntimeException e) {
            missing.add("PDF/UA validation: veraPDF could not parse the file (" + plainWords(e) + ")");
            return Optional.empty();
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    private static AuditResult result(AuditInput input, Inspection inspection, Optional<PdfValidationResult> validation) {
        List<Finding> findings = new ArrayList<>();
        validation.ifPresent(result -> result.failedRules().forEach(rule -> findings.add(finding(result, rule))));
        findings.addAll(inspection.formatFindings());
        boolean structured = !inspection.formatFindings().stream().anyMatch(f -> f.id().equals(Heuristic.PDF_NOT_TAGGED.id()));
        if (structured) {
            findings.addAll(StructureHeuristics.of(inspection.tree()));
        }
        findings.sort(Comparator.comparing(Finding::severity));
        boolean errors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        return new AuditResult(input.file(), Optional.of(input.format()), errors ? Verdict.FINDINGS : Verdict.COMPLIANT,
                findings, Optional.of(inspection.overview(input.bytes())), ScreenReaderPreview.of(inspection.tree()), ReviewChecklist.of(inspection.tree()), "",
                inspection.missingParts(), validation);
    }

    private static Finding finding(PdfValidationResult result, FailedRule rule) {
        String checkpoint = MatterhornCheckpoint.forClause(rule.clause()).map(m -> ", Matterhorn checkpoint " + m).orElse("");
        return new Finding("verapdf." + result.flavour() + "." + rule.id(), Severity.ERROR, rule.description(),
                new Location(0, "document", rule.failedChecks() + (rule.failedChecks() == 1 ? " check failed" : " checks failed")),
                "Meet ISO 14289 clause " + rule.clause() + checkpoint + ".");
    }

    /** A library's message without the class names it may start with; a plain phrase when nothing is left. */
    static String plainWords(Throwable e) {
        String message = e.getMessage() == null ? "" : CLASS_NAME.matcher(e.getMessage()).replaceAll("").strip();
        return message.isEmpty() ? "its content does not follow the format" : message;
    }
}
