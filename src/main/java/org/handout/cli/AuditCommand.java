package org.handout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.handout.check.Outline;
import org.handout.check.audit.Audit;
import org.handout.check.audit.AuditInput;
import org.handout.check.audit.AuditResult;
import org.handout.check.audit.Overview;
import org.handout.check.audit.PdfUaProfile;
import org.handout.check.audit.Severity;
import org.handout.check.audit.TimeLimitedAudit;
import org.handout.check.audit.Verdict;
import org.handout.check.pdf.PdfTagSummary;
import org.handout.check.report.AuditJson;
import org.handout.check.report.AuditReportHtml;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audits any PDF, DOCX or HTML file as an accessibility reviewer would, also one made by another "
                + "tool: veraPDF's PDF/UA verdict for a PDF, findings beyond it (docs/AUDIT.md), the outline, and for "
                + "PDFs the tags, fonts and text sizes. Folders are searched for .pdf, .docx, .html and .htm files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was read and has no finding of severity error",
            "1:a file has findings of severity error", "2:the command line was wrong",
            "3:a file could not be read or did not finish in time (this wins over 1)"})
final class AuditCommand implements Callable<Integer> {
    static final int FINDINGS = 1;
    static final int UNREADABLE = 3;
    private static final List<String> EXTENSIONS = List.of(".pdf", ".docx", ".html", ".htm");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, and folders searched recursively.")
    private List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object per file per line (JSON Lines).")
    private boolean json;

    @Option(names = "--html", paramLabel = "DIR", description = "Write one report page per file and an index.html into DIR.")
    private Path htmlDir;

    @Option(names = "--preview", description = "Print the screen-reader preview of each file (the HTML pages always have it).")
    private boolean preview;

    @Option(names = "--profile", paramLabel = "ua1|ua2",
            description = "Validate PDFs against PDF/UA-1 or PDF/UA-2 (default: the part each PDF declares).")
    private String profile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a file after this many seconds, report it not finished and go on (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @CommandLine.Mixin
    private DebugOption debug;

    /** The audit each file gets; tests put a slow one in its place to reach the time limit. */
    private Function<Path, AuditResult> audit;

    AuditCommand() {
        this(null);
    }

    AuditCommand(Function<Path, AuditResult> audit) {
        this.audit = audit;
    }

    @Override
    public Integer call() throws IOException {
        if (timeoutSeconds <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout needs a number of seconds above 0");
        }
        List<Path> files = files();
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no .pdf, .docx, .html or .htm file in " + String.join(", ", paths.stream().map(Path::toString).toList()));
        }
        Function<Path, AuditResult> each = audit != null ? audit
                : new Audit(AuditInput.DEFAULT_LARGEST_BYTES, profile())::audit;
        TimeLimitedAudit limited = new TimeLimitedAudit(each, Duration.ofSeconds(timeoutSeconds));
        PrintWriter out = spec.commandLine().getOut();
        List<AuditResult> results = new ArrayList<>();
        for (Path file : files) {
            AuditResult result = limited.audit(file);
            results.add(result);
            if (!result.message().isEmpty()) {
                spec.commandLine().getErr().println("handout: " + result.message());
                spec.commandLine().getErr().flush();
            }
            if (json) {
                out.println(AuditJson.line(result));
            } else {
                print(result, out);
            }
            out.flush();
        }
        if (!json) {
            summary(results, out);
        }
        if (htmlDir != null) {
            writePages(results);
        }
        out.flush();
        return exitCode(results);
    }

    /** 3 when any file could not be read or finished, else 1 when any has an error, else 0. */
    static int exitCode(List<AuditResult> results) {
        if (results.stream().anyMatch(r -> r.verdict() == Verdict.UNREADABLE || r.verdict() == Verdict.NOT_FINISHED)) {
            return UNREADABLE;
        }
        return results.stream().anyMatch(r -> r.verdict() == Verdict.FINDINGS) ? FINDINGS : 0;
    }

    private PdfUaProfile profile() {
        if (profile == null) {
            return PdfUaProfile.DECLARED;
        }
        switch (profile.toLowerCase(Locale.ROOT)) {
            case "ua1":
                return PdfUaProfile.UA1;
            case "ua2":
                return PdfUaProfile.UA2;
            default:
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--profile takes ua1 or ua2, not '" + profile + "'");
        }
    }

    /** Files as given, whatever their name (the audit says what they are); folders searched for the formats read. */
    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> found = Files.walk(path)) {
                found.filter(Files::isRegularFile).filter(AuditCommand::auditable).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static boolean auditable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private void writePages(List<AuditResult> results) throws IOException {
        Files.createDirectories(htmlDir);
        List<AuditReportHtml.PageLink> pages = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            String name = AuditReportHtml.pageName(i + 1, results.get(i).file());
            Files.writeString(htmlDir.resolve(name), AuditReportHtml.page(results.get(i)), StandardCharsets.UTF_8);
            pages.add(new AuditReportHtml.PageLink(results.get(i), name));
        }
        Files.writeString(htmlDir.resolve("index.html"), AuditReportHtml.index(pages), StandardCharsets.UTF_8);
    }

    private void print(AuditResult result, PrintWriter out) {
        if (result.overview().isEmpty()) {
            // Why is the one line on the error stream, like every other error.
            out.println(result.file() + ": " + AuditReportHtml.verdictWord(result));
            out.println();
            return;
        }
        Overview overview = result.overview().get();
        Outline outline = overview.outline();
        out.println(result.file() + " (" + result.format().map(Enum::name).orElse("?") + ", "
                + Console.compactSize(overview.bytes()) + "): " + AuditReportHtml.verdictWord(result));
        out.println("title:    " + blankAsNone(outline.title()));
        out.println("language: " + blankAsNone(outline.lang()));
        overview.tags().ifPresent(tags -> printTags(tags, out));
        overview.textSizes().ifPresent(sizes -> out.println(String.format(Locale.ROOT, "text size: smallest %.1f pt", sizes.smallestPt())
                + sizes.medianPt().map(m -> String.format(Locale.ROOT, ", median %.1f pt (page furniture excluded)", m)).orElse("")));
        out.println();
        printOutline(outline, out);
        result.validation().ifPresent(validation -> out.println("veraPDF " + validation.profileName() + ": "
                + (validation.compliant() ? "compliant" : "NOT compliant, " + validation.failedRules().size() + " rules failed")));
        out.println("findings: " + result.findings(Severity.ERROR).size() + " errors, " + result.findings(Severity.WARNING).size()
                + " warnings, " + result.findings(Severity.REVIEW).size() + " for review");
        result.findings().forEach(finding -> out.println("  " + finding.describe()));
        result.missingParts().forEach(part -> out.println("not checked: " + part));
        if (preview) {
            out.println("screen-reader preview:");
            result.preview().asText().lines().forEach(line -> out.println("  " + line));
        }
        out.println();
    }

    private static void printOutline(Outline outline, PrintWriter out) {
        out.println("headings (" + outline.headings().size() + "):");
        outline.headings().forEach(h -> out.println("  " + "  ".repeat(h.level() - 1) + "H" + h.level() + " " + h.text()));
        out.println("quotes (" + outline.quotes().size() + "):");
        outline.quotes().forEach(q -> out.println("  " + q.text() + q.attribution().map(a -> "  — " + a).orElse("  (no attribution)")));
        out.println("list items (" + outline.items().size() + "):");
        // An item outside any list has depth 0: printed at the margin.
        outline.items().forEach(i -> out.println("  " + "  ".repeat(Math.max(0, i.depth() - 1)) + "• " + i.text()));
        out.println("figures (" + outline.images().size() + "):");
        outline.images().forEach(i -> out.println("  " + (i.decorative() ? "(decorative)" : "alt: " + blankAsNone(i.alt()))));
        out.println("tables (" + outline.tables().size() + "):");
        outline.tables().forEach(t -> out.println("  headers: " + String.join(" | ", t.headers())));
        out.println("links (" + outline.links().size() + "):");
        outline.links().forEach(l -> out.println("  " + l.text() + " → " + l.target()));
    }

    private static void printTags(PdfTagSummary tags, PrintWriter out) {
        out.println("pages:    " + tags.pages());
        out.println("tagged:   " + (tags.tagged() ? "yes" : "NOT TAGGED"));
        out.println("display document title: " + (tags.displayDocTitle() ? "yes" : "no"));
        out.println("structure types: " + AuditReportHtml.joined(tags.structureTypes()));
        out.println("role map: " + AuditReportHtml.joined(tags.roleMap()));
        if (!tags.unmappedTypes().isEmpty()) {
            out.println("unmapped types: " + String.join(", ", tags.unmappedTypes()));
        }
        out.println("artifacts: " + tags.artifacts() + " marked-content sequences");
        out.println("fonts:");
        tags.fonts().forEach(f -> out.println("  " + f.name() + " (" + f.type() + ") " + (f.embedded() ? "embedded" : "NOT EMBEDDED")));
    }

    private static void summary(List<AuditResult> results, PrintWriter out) {
        Table table = new Table("file", "format", "verdict", "errors", "warnings", "review");
        for (AuditResult result : results) {
            table.row(result.file().toString(), result.format().map(Enum::name).orElse("-"), AuditReportHtml.verdictWord(result),
                    count(result, Severity.ERROR), count(result, Severity.WARNING), count(result, Severity.REVIEW));
        }
        table.print(out);
        out.println(AuditReportHtml.summary(results));
    }

    private static String count(AuditResult result, Severity severity) {
        return result.overview().isPresent() ? String.valueOf(result.findings(severity).size()) : "-";
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? "(none)" : text;
    }
}
