package org.handout.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything the check found for one handout, format by format: the content of report.json. */
public record HandoutReport(String slug, String title, String lang, Optional<String> summary,
                            Optional<LocalDate> reviewed, String source, boolean checked, List<FormatReport> formats) {
    public HandoutReport {
        formats = List.copyOf(formats);
    }

    public boolean passed() {
        return formats.stream().allMatch(FormatReport::passed);
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
