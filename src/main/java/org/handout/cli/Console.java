package org.handout.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.handout.build.BuildListener;
import org.handout.build.HandoutResult;
import org.handout.check.FormatReport;
import org.handout.check.HandoutReport;
import org.handout.model.Handout;

/**
 * What a build prints: a progress line per handout as it finishes (errors and warnings on the
 * error stream), then one table of handout × format, then what each failed file got wrong. Safe to call from the batch's threads.
 */
final class Console implements BuildListener {
    /** Problems listed per file on the console; report.html has them all. */
    private static final int PROBLEMS_SHOWN = 5;
    private final PrintWriter out;
    private final PrintWriter err;
    private int total;
    private int done;
    private long startNanos;

    Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public synchronized void started(int handouts) {
        total = handouts;
        done = 0;
        startNanos = System.nanoTime();
    }

    @Override
    public synchronized void finished(HandoutResult result) {
        done++;
        String counter = "[" + done + "/" + total + ", " + progress() + "] ";
        result.warnings().forEach(w -> err.println("handout: " + w));
        result.report().ifPresent(report -> report.translation().ifPresent(translation -> translation.warnings().forEach(w ->
                err.println("handout: " + result.source() + ": warning: translation of " + translation.sourceSlug() + ": " + w))));
        if (result.error().isPresent()) {
            err.println("handout: " + result.error().get());
            out.println(counter + Handout.slugOf(result.source()) + ": FAILED");
        } else if (result.upToDate()) {
            out.println(counter + Handout.slugOf(result.source()) + ": up to date"
                    + (result.succeeded() ? "" : ", " + result.report().orElseThrow().verdict()));
        } else {
            HandoutReport report = result.report().orElseThrow();
            long files = report.formats().stream().filter(f -> f.unavailable().isEmpty()).count();
            out.println(counter + report.slug() + ": " + files + " files in "
                    + seconds(result.elapsed().toMillis()) + (report.checked() ? ", " + report.verdict() : ""));
        }
        out.flush();
        err.flush();
    }

    /** What the command did to the handouts it lists: "built" or only "checked". */
    enum Action {
        BUILT, CHECKED;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    synchronized void summary(List<HandoutResult> results, boolean checked, Action action) {
        Table table = new Table("handout", "format", "pages", "size", "fidelity", "PDF/UA");
        for (HandoutResult result : results) {
            String slug = Handout.slugOf(result.source());
            if (result.report().isEmpty()) {
                table.row(slug, "-", "-", "-", "failed", "-");
                continue;
            }
            for (FormatReport format : result.report().get().formats()) {
                table.row(slug, format.format().label(), format.pages() > 0 ? String.valueOf(format.pages()) : "-",
                        format.unavailable().isPresent() ? "-" : compactSize(format.bytes()), format.fidelity(),
                        format.pdfUaVerdict());
                slug = "";
            }
        }
        out.println();
        table.print(out);
        boolean problemsListed = problems(results);
        long failed = results.stream().filter(r -> !r.succeeded()).count();
        out.println();
        out.println(failed == 0
                ? results.size() + (results.size() == 1 ? " handout " : " handouts ") + action.word()
                        + (checked ? ", every check passed." : " (not checked).")
                : failed + " of " + results.size() + " handouts failed; see " + whereToLook(results, problemsListed));
        out.flush();
    }

    /** Says how many translations have warnings, and whether that fails the build. */
    synchronized void translations(List<HandoutResult> results, boolean strict) {
        long warned = results.stream().flatMap(r -> r.report().stream()).filter(r -> !r.translationWarnings().isEmpty()).count();
        if (warned == 0) {
            return;
        }
        String translations = warned == 1 ? "1 translation does not match its source or may be out of date"
                : warned + " translations do not match their sources or may be out of date";
        out.println(translations + (strict ? "; --strict-translations fails the build." : "; see the warnings above."));
        out.flush();
    }

    /**
     * Every problem of every file that failed its check, grouped by handout and format, the first few of each
     * file only; tells whether it listed any.
     */
    private boolean problems(List<HandoutResult> results) {
        boolean listed = false;
        for (HandoutResult result : results) {
            if (result.report().isEmpty()) {
                continue;
            }
            HandoutReport report = result.report().get();
            for (FormatReport format : report.formats()) {
                List<String> problems = format.problems();
                if (problems.isEmpty()) {
                    continue;
                }
                out.println();
                out.println(report.slug() + ", " + format.format().label() + " (" + format.file() + "):");
                problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> out.println("  " + problem));
                if (problems.size() > PROBLEMS_SHOWN) {
                    out.println("  and " + (problems.size() - PROBLEMS_SHOWN) + " more \u2014 see report.html");
                }
                listed = true;
            }
        }
        return listed;
    }

    /** Errors were printed on the error stream as each handout finished; check problems just above. */
    private static String whereToLook(List<HandoutResult> results, boolean problemsListed) {
        boolean errors = results.stream().anyMatch(r -> r.error().isPresent());
        String errorsAbove = "the errors printed with the progress lines";
        String problemsAbove = "the problems listed above and report.html in each handout's folder";
        if (errors && problemsListed) {
            return errorsAbove + ", and " + problemsAbove + ".";
        }
        if (errors) {
            return errorsAbove + ".";
        }
        return problemsListed ? problemsAbove + "." : "report.html in each handout's folder.";
    }

    /** Time so far and, from the average handout so far, the time still to go. */
    private String progress() {
        long elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;
        long leftMillis = elapsedMillis * (total - done) / Math.max(1, done);
        return seconds(elapsedMillis) + (done < total ? ", about " + seconds(leftMillis) + " left" : "");
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** A file size for the console table, short: "512 B", "24 KB", "1.2 MB". */
    static String compactSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
