package org.handout.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.handout.check.Difference;
import org.handout.check.FormatReport;
import org.handout.check.HandoutReport;
import org.handout.check.Measure;
import org.handout.check.PdfValidationResult;
import org.handout.check.PdfValidationResult.FailedRule;
import org.handout.format.OutputFormat;
import org.handout.format.OutputFormats;

/** Build reports as the build makes them, and the output files they describe. */
public final class SampleReports {
    private static final int PARTS = 12;

    private SampleReports() {
    }

    /** A handout whose every format was checked and kept everything. */
    public static HandoutReport passing(String slug, String title, String lang) {
        List<FormatReport> formats = OutputFormats.ALL.stream()
                .map(format -> format(format, slug, List.of(), Optional.empty(), List.of())).toList();
        return report(slug, title, lang, formats);
    }

    /**
     * A handout whose large-print PDF broke a PDF/UA rule and has text below 18 pt, and whose
     * large-print DOCX lost a quote's attribution; the other formats passed.
     */
    public static HandoutReport failing(String slug, String title, String lang) {
        List<FormatReport> formats = OutputFormats.ALL.stream().map(format -> {
            if (format == OutputFormats.LARGE_PRINT_PDF) {
                return format(format, slug, List.of(), Optional.of(new PdfValidationResult("ua1",
                        "PDF/UA-1 validation profile", false, List.of(new FailedRule("7.1", 3,
                                "Content is neither marked as Artifact nor tagged", 2, List.of("artifact"), List.of())))),
                        List.of(new Measure("smallest text", "12.0 pt", "at least 18 pt", false)));
            }
            if (format == OutputFormats.LARGE_PRINT_DOCX) {
                return format(format, slug, List.of(new Difference(Difference.Kind.LOST_ATTRIBUTION,
                        "quote 1", "Personal experience", "")), Optional.empty(), List.of());
            }
            return format(format, slug, List.of(), Optional.empty(), List.of());
        }).toList();
        return report(slug, title, lang, formats);
    }

    /** A handout in a language braille has no table for: its braille row says so, and no BRF is written. */
    public static HandoutReport withoutBraille(String slug, String title, String lang) {
        List<FormatReport> formats = OutputFormats.ALL.stream().map(format -> format == OutputFormats.BRAILLE
                ? FormatReport.unavailable(format.name(), format.fileName(slug), "not available for " + lang
                        + ": handout lays out braille for English (UEB) only")
                : format(format, slug, List.of(), Optional.empty(), List.of())).toList();
        return report(slug, title, lang, formats);
    }

    private static FormatReport format(OutputFormat format, String slug, List<Difference> differences,
                                       Optional<PdfValidationResult> pdfUa, List<Measure> measures) {
        return new FormatReport(format.name(), format.fileName(slug), 20_000 + 10_000L * OutputFormats.ALL.indexOf(format),
                format.extension().equals(".html") ? 0 : 2, true, PARTS, PARTS - differences.size(), differences, List.of(),
                pdfUa, measures, Optional.empty(), Optional.empty());
    }

    private static HandoutReport report(String slug, String title, String lang, List<FormatReport> formats) {
        return new HandoutReport(slug, title, lang, Optional.of("What " + title.toLowerCase() + " is about."),
                Optional.of(LocalDate.of(2026, 11, 1)), "source-content/" + slug + ".md", true, formats);
    }

    /** Creates every file the report links to under {@code out/<slug>/}. */
    public static void createFiles(Path out, HandoutReport report) throws IOException {
        Path folder = Files.createDirectories(out.resolve(report.slug()));
        for (FormatReport format : report.formats().stream().filter(f -> f.unavailable().isEmpty()).toList()) {
            Files.write(folder.resolve(format.file()), new byte[(int) format.bytes()]);
        }
        Files.writeString(folder.resolve("report.html"), "<!DOCTYPE html><title>report</title>");
    }
}
