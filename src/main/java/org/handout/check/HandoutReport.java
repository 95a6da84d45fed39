package org.handout.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the check found for one handout, format by format: the content of report.json.
 *
 * @param translation for a translation, how it compares with the handout it translates
 */
public record HandoutReport(String slug, String title, String lang, Optional<String> summary,
                            Optional<LocalDate> reviewed, String source, boolean checked, List<FormatReport> formats,
                            List<String> keywords, Optional<TranslationStatus> translation) {
    public HandoutReport {
        formats = List.copyOf(formats);
        keywords = List.copyOf(keywords);
    }

    /** A report of a handout with no keywords that translates none. */
    public HandoutReport(String slug, String title, String lang, Optional<String> summary, Optional<LocalDate> reviewed,
                         String source, boolean checked, List<FormatReport> formats) {
        this(slug, title, lang, summary, reviewed, source, checked, formats, List.of(), Optional.empty());
    }

    public boolean passed() {
        return formats.stream().allMatch(FormatReport::passed);
    }

    /** The translation's mismatches and staleness note; none for a handout that translates none. */
    public List<String> translationWarnings() {
        return translation.map(TranslationStatus::warnings).orElse(List.of());
    }

    /** One line for the top of the report and the console. */
    public String verdict() {
        if (!checked) {
            return "not checked";
        }
        long failed = formats.stream().filter(f -> !f.passed()).count();
        return failed == 0 ? "every format complete and valid" : failed + " of " + formats.size() + " formats failed the check";
    }
}
