package org.handout.check.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.handout.check.PdfValidationResult;

/**
 * Everything the audit learnt about one file.
 *
 * @param file         the file as given
 * @param format       what its content is; empty when it could not be told
 * @param verdict      the outcome in one word
 * @param findings     the validator's failed rules and the heuristics' findings, errors first
 * @param overview     size, outline, and for a PDF tags and fonts; empty for a file that could not be read
 * @param preview      the document as a screen reader announces it; empty for an unreadable file
 * @param checklist    what a person must still judge
 * @param message      for an unreadable file, why, naming the file; else empty
 * @param missingParts what could not be read or checked although the file opened, e.g. the validation
 * @param validation   veraPDF's result for a PDF, when it ran
 */
public record AuditResult(Path file, Optional<DocumentFormat> format, Verdict verdict, List<Finding> findings,
                          Optional<Overview> overview,
                          ScreenReaderPreview preview, ReviewChecklist checklist, String message,
                          List<String> missingParts, Optional<PdfValidationResult> validation) {

    public AuditResult {
        findings = List.copyOf(findings);
        missingParts = List.copyOf(missingParts);
    }

    static AuditResult unreadable(Path file, Optional<DocumentFormat> format, String message) {
        return withoutContent(file, format, Verdict.UNREADABLE, message);
    }

    /** The result of an audit stopped at its time limit: nothing of the file is reported but that. */
    public static AuditResult notFinished(Path file, Duration limit) {
        return withoutContent(file, Optional.empty(), Verdict.NOT_FINISHED,
                file + ": not finished within " + limit.toSeconds() + " s; audit it alone with a longer --timeout");
    }

    private static AuditResult withoutContent(Path file, Optional<DocumentFormat> format, Verdict verdict, String message) {
        return new AuditResult(file, format, verdict, List.of(), Optional.empty(), new ScreenReaderPreview(List.of()),
                new ReviewChecklist(List.of()), message, List.of(), Optional.empty());
    }

    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
