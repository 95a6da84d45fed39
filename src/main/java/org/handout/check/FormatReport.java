package org.handout.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the check found in one output file.
 *
 * @param expected    structure elements the handout has (headings, quotes, list items, images, tables, links)
 *                    plus its text blocks (every paragraph, list item, table cell, heading, attribution,
 *                    call-out label, alt text and link target); for braille, the elements the BRF must hold
 * @param found       how many of them were found intact in the file
 * @param differences how the file's structure differs from the source's (for braille, everything its
 *                    back-translation comparison found)
 * @param textDifferences how the file's text differs from the source's (the tagged formats; none for braille)
 * @param pages       page count where the format has pages, else 0
 * @param unavailable why the format was not made for this handout, where it cannot be (no braille
 *                    table for its language, a script the PDF engine cannot shape): an outcome, not a failure
 * @param preview     the first page for sighted reviewers, where no browser shows the format (braille)
 */
public record FormatReport(FormatName format, String file, long bytes, int pages, boolean checked, int expected,
                           int found, List<Difference> differences, List<TextDifference> textDifferences,
                           Optional<PdfValidationResult> pdfUa, List<Measure> measures, Optional<String> unavailable,
                           Optional<String> preview) {
    public FormatReport {
        differences = List.copyOf(differences);
        textDifferences = List.copyOf(textDifferences);
        measures = List.copyOf(measures);
    }

    /** A file written with {@code --no-check}: nothing is claimed about it. */
    public static FormatReport unchecked(FormatName format, String file, long bytes) {
        return new FormatReport(format, file, bytes, 0, false, 0, 0, List.of(), List.of(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty());
    }

    /** A format not made for this handout, with the one line saying why; no file is written. */
    public static FormatReport unavailable(FormatName format, String file, String why) {
        return new FormatReport(format, file, 0, 0, false, 0, 0, List.of(), List.of(), Optional.empty(), List.of(),
                Optional.of(why), Optional.empty());
    }

    /** This report under another name of its format (braille's names the handout's code). */
    public FormatReport named(FormatName name) {
        return new FormatReport(name, file, bytes, pages, checked, expected, found, differences, textDifferences, pdfUa,
                measures, unavailable, preview);
    }

    public boolean passed() {
        return differences.isEmpty() && textDifferences.isEmpty() && pdfUa.map(PdfValidationResult::compliant).orElse(true)
                && measures.stream().allMatch(Measure::passed);
    }

    /**
     * Everything the file failed, one plain sentence each: structure differences, then text differences, then
     * failed veraPDF rules and failed measures.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        differences.forEach(d -> problems.add(d.describe()));
        textDifferences.forEach(d -> problems.add(d.describe()));
        pdfUa.ifPresent(result -> result.failedRules().forEach(rule ->
                problems.add("PDF/UA rule " + rule.id() + " failed: " + rule.description())));
        measures.stream().filter(m -> !m.passed())
                .forEach(m -> problems.add(m.name() + " is " + m.value() + ", the rule is " + m.rule()));
        return problems;
    }

    /** "24/24", as the console table and the report show fidelity; a format not made says why. */
    public String fidelity() {
        return unavailable.orElse(checked ? found + "/" + expected : "not checked");
    }

    public String pdfUaVerdict() {
        return pdfUa.map(r -> r.compliant() ? "pass" : "FAIL (" + r.failedRules().size() + " rules)").orElse("-");
    }
}
