package org.handout.check.report;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handout.check.Outline;
import org.handout.check.PdfValidationResult;
import org.handout.check.audit.AuditResult;
import org.handout.check.audit.Finding;
import org.handout.check.audit.Overview;
import org.handout.check.audit.ReviewChecklist;
import org.handout.check.audit.ScreenReaderPreview;
import org.handout.check.audit.Severity;
import org.handout.check.audit.Verdict;
import org.handout.check.pdf.PdfTagSummary;
import org.jsoup.nodes.Element;

/**
 * The audit as pages a reviewer reads and signs: one page per file (verdict, findings, what was not checked, the
 * file's overview, the screen-reader preview and the checklist of what only a person can judge) and an index of
 * them all. Same look and accessibility rules as report.html: language, one h1, tables with header cells and
 * captions.
 */
public final class AuditReportHtml {

    /** A page of the index: the audited file and the name of its page beside the index. */
    public record PageLink(AuditResult result, String pageName) {
    }

    private AuditReportHtml() {
    }

    public static String page(AuditResult result) {
        Element main = ReportHtml.page("Audit: " + result.file().getFileName());
        main.appendElement("p").addClass(passed(result) ? "pass" : "fail").appendElement("strong").text(verdictLine(result));
        main.appendElement("p").text("File " + result.file() + result.format().map(f -> ", " + f.name()).orElse("")
                + result.overview().map(o -> ", " + o.bytes() + " bytes").orElse("") + ".");
        if (!result.message().isEmpty()) {
            main.appendElement("p").text(result.message());
            return main.ownerDocument().outerHtml();
        }
        findings(main, result.findings());
        if (!result.missingParts().isEmpty()) {
            main.appendElement("h2").text("Not checked");
            Element list = main.appendElement("ul");
            result.missingParts().forEach(part -> list.appendElement("li").text(part));
        }
        result.validation().ifPresent(validation -> main.appendElement("p").text(validationLine(validation)));
        result.overview().ifPresent(overview -> overview(main, overview));
        preview(main, result.preview());
        checklist(main, result.checklist());
        return main.ownerDocument().outerHtml();
    }

    public static String index(List<PageLink> pages) {
        Element main = ReportHtml.page("Audit of " + pages.size() + (pages.size() == 1 ? " file" : " files"));
        main.appendElement("p").text(summary(pages.stream().map(PageLink::result).toList()));
        Element table = main.appendElement("table");
        table.appendElement("caption").text("Every file at a glance");
        Element rows = ReportHtml.header(table, "File", "Format", "Verdict", "Errors", "Warnings", "For review");
        for (PageLink page : pages) {
            AuditResult result = page.result();
            Element row = rows.appendElement("tr");
            row.appendElement("th").attr("scope", "row").appendElement("a").attr("href", page.pageName())
                    .text(result.file().toString());
            row.appendElement("td").text(result.format().map(Enum::name).orElse("–"));
            row.appendElement("td").addClass(passed(result) ? "pass" : "fail").text(verdictWord(result));
            for (Severity severity : Severity.values()) {
                row.appendElement("td").text(String.valueOf(result.findings(severity).size()));
            }
        }
        return main.ownerDocument().outerHtml();
    }

    /** "3 files: 1 compliant, 1 with findings, 1 unreadable (1 of them not finished)." */
    public static String summary(List<AuditResult> results) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        results.forEach(r -> counts.merge(r.verdict(), 1L, Long::sum));
        long notFinished = counts.getOrDefault(Verdict.NOT_FINISHED, 0L);
        long unreadable = counts.getOrDefault(Verdict.UNREADABLE, 0L) + notFinished;
        return results.size() + (results.size() == 1 ? " file: " : " files: ") + counts.getOrDefault(Verdict.COMPLIANT, 0L)
                + " compliant, " + counts.getOrDefault(Verdict.FINDINGS, 0L) + " with findings, " + unreadable
                + " unreadable" + (notFinished > 0 ? " (" + notFinished + " of them not finished)" : "") + ".";
    }

    /** The verdict in words: compliant, findings, unreadable or not finished. */
    public static String verdictWord(AuditResult result) {
        return result.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static boolean passed(AuditResult result) {
        return result.verdict() == Verdict.COMPLIANT;
    }

    private static String verdictLine(AuditResult result) {
        switch (result.verdict()) {
            case COMPLIANT:
                return "Compliant: no finding of severity error.";
            case FINDINGS:
                return "Findings: " + result.findings(Severity.ERROR).size() + " of severity error.";
            case NOT_FINISHED:
                return "Not finished within the time limit.";
            default:
                return "Unreadable.";
        }
    }

    private static String validationLine(PdfValidationResult validation) {
        return "veraPDF " + validation.profileName() + ": " + (validation.compliant() ? "compliant, no rule failed."
                : validation.failedRules().size() + " rules failed (listed with the findings).");
    }

    private static void findings(Element main, List<Finding> findings) {
        main.appendElement("h2").text("Findings");
        if (findings.isEmpty()) {
            main.appendElement("p").text("None.");
            return;
        }
        Element table = main.appendElement("table");
        table.appendElement("caption").text(findings.size() + (findings.size() == 1 ? " finding" : " findings") + ", errors first");
        Element rows = ReportHtml.header(table, "Finding", "Severity", "Where", "Problem", "Fix");
        for (Finding finding : findings) {
            Element row = rows.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(finding.id());
            Element severity = row.appendElement("td").text(finding.severity().name().toLowerCase(Locale.ROOT));
            if (finding.severity() == Severity.ERROR) {
                severity.addClass("fail");
            }
            row.appendElement("td").text(finding.location().describe());
            row.appendElement("td").text(finding.problem());
            row.appendElement("td").text(finding.fix());
        }
    }

    private static void overview(Element main, Overview overview) {
        main.appendElement("h2").text("Overview");
        Outline outline = overview.outline();
        Element table = main.appendElement("table");
        table.appendElement("caption").text("What the file declares and holds");
        Element rows = ReportHtml.header(table, "Property", "Value");
        property(rows, "Title", blankAsNone(outline.title()));
        property(rows, "Language", blankAsNone(outline.lang()));
        property(rows, "Outline", outline.headings().size() + " headings, " + outline.quotes().size() + " quotes, "
                + outline.items().size() + " list items, " + outline.images().size() + " figures, "
                + outline.tables().size() + " tables, " + outline.links().size() + " links");
        overview.tags().ifPresent(tags -> tags(rows, tags));
        overview.textSizes().ifPresent(sizes -> property(rows, "Text size", String.format(Locale.ROOT,
                "smallest %.1f pt", sizes.smallestPt()) + sizes.medianPt().map(m -> String.format(Locale.ROOT,
                ", median %.1f pt", m)).orElse("")));
    }

    private static void tags(Element rows, PdfTagSummary tags) {
        property(rows, "Pages", String.valueOf(tags.pages()));
        property(rows, "Tagged", tags.tagged() ? "yes" : "no");
        property(rows, "Structure types", joined(tags.structureTypes()));
        property(rows, "Role map", joined(tags.roleMap()));
        property(rows, "Artifacts", tags.artifacts() + " marked-content sequences");
        property(rows, "Fonts", tags.fonts().isEmpty() ? "(none)" : String.join(", ", tags.fonts().stream()
                .map(f -> f.name() + " (" + (f.embedded() ? "embedded" : "not embedded") + ")").toList()));
    }

    private static void property(Element rows, String name, String value) {
        Element row = rows.appendElement("tr");
        row.appendElement("th").attr("scope", "row").text(name);
        row.appendElement("td").text(value);
    }

    /** The preview's depths as nested lists, so the page itself announces the nesting. */
    private static void preview(Element main, ScreenReaderPreview preview) {
        main.appendElement("h2").text("Screen-reader preview");
        main.appendElement("p").text("The document as assistive technology announces it, in reading order.");
        Deque<Element> lists = new ArrayDeque<>();
        lists.push(main.appendElement("ul"));
        Element last = null;
        for (ScreenReaderPreview.Line line : preview.lines()) {
            while (lists.size() > line.depth() + 1) {
                lists.pop();
            }
            while (lists.size() < line.depth() + 1 && last != null) {
                lists.push(last.appendElement("ul"));
            }
            last = lists.peek().appendElement("li").text(line.text());
        }
    }

    private static void checklist(Element main, ReviewChecklist checklist) {
        main.appendElement("h2").text("For the reviewer to judge");
        main.appendElement("p").text("The Matterhorn Protocol conditions no program can decide, made concrete for this file.");
        Element table = main.appendElement("table");
        table.appendElement("caption").text("Checklist");
        Element rows = ReportHtml.header(table, "Question", "Checkpoint", "Where");
        for (ReviewChecklist.Item item : checklist.items()) {
            Element row = rows.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(item.question());
            row.appendElement("td").text(item.checkpoint());
            row.appendElement("td").text(item.location().describe());
        }
    }

    /** A map as the pages and the console write it: "H1 1, P 12", or "(none)". */
    public static String joined(Map<String, ?> map) {
        if (map.isEmpty()) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder();
        map.forEach((k, v) -> out.append(out.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
        return out.toString();
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? "(none)" : text;
    }

    /** A file name for a result's page: its position in the run and its own name, safe on every file system. */
    public static String pageName(int position, Path file) {
        String name = file.getFileName() == null ? "file" : file.getFileName().toString();
        return String.format(Locale.ROOT, "%03d-%s.html", position, name.replaceAll("[^A-Za-z0-9._-]", "_"));
    }
}
