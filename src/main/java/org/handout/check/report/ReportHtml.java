package org.handout.check.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.handout.check.FormatReport;
import org.handout.check.HandoutReport;
import org.handout.check.Measure;
import org.handout.check.PdfValidationResult;
import org.handout.check.pdf.MatterhornCheckpoint;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes a {@link HandoutReport} as report.html for reviewers: a verdict line first, then per
 * format what was found, what is missing and what veraPDF said. Itself accessible: language,
 * one h1, tables with header cells and captions.
 */
public final class ReportHtml {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a;background:#fff}
            table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}
            th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top}
            caption{text-align:left;font-weight:bold;padding:.3rem 0}
            .pass{color:#0a5c2a}.fail{color:#a4000f}
            """;

    private ReportHtml() {
    }

    public static void write(HandoutReport report, OutputStream out) throws IOException {
        out.write(render(report).outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    static Document render(HandoutReport report) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(true).charset(StandardCharsets.UTF_8);
        doc.child(0).attr("lang", "en");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("title").text("Check report: " + report.title());
        doc.head().appendElement("style").appendText(STYLE);
        Element main = doc.body().appendElement("main");
        main.appendElement("h1").text("Check report: " + report.title());
        main.appendElement("p").addClass(report.passed() ? "pass" : "fail").appendElement("strong")
                .text((report.passed() ? "Passed: " : "Failed: ") + report.verdict());
        main.appendElement("p").text("Source " + report.source() + ", language " + report.lang() + ".");
        overview(main, report);
        for (FormatReport format : report.formats()) {
            details(main, format);
        }
        return doc;
    }

    private static void overview(Element main, HandoutReport report) {
        Element table = main.appendElement("table");
        table.appendElement("caption").text("Every format at a glance");
        header(table, "Format", "File", "Pages", "Size (bytes)", "Structure found", "PDF/UA-1", "Result");
        for (FormatReport f : report.formats()) {
            Element row = table.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(f.format().label());
            if (f.notAvailable().isPresent()) {
                row.appendElement("td").text("–");
            } else {
                row.appendElement("td").appendElement("a").attr("href", f.file()).text(f.file());
            }
            row.appendElement("td").text(f.pages() > 0 ? String.valueOf(f.pages()) : "–");
            row.appendElement("td").text(String.valueOf(f.bytes()));
            row.appendElement("td").text(f.fidelity());
            row.appendElement("td").text(f.pdfUaVerdict());
            row.appendElement("td").addClass(f.passed() ? "pass" : "fail").text(f.passed() ? "passed" : "failed");
        }
    }

    private static void details(Element main, FormatReport format) {
        if (format.notAvailable().isPresent()) {
            main.appendElement("h2").text(format.format().label());
            main.appendElement("p").text(format.notAvailable().get() + ".");
            return;
        }
        main.appendElement("h2").text(format.format().label() + ": " + format.file());
        if (!format.checked()) {
            main.appendElement("p").text("Not checked (built with --no-check).");
            return;
        }
        if (format.differences().isEmpty()) {
            main.appendElement("p").text("All " + format.expected() + " structure elements found, in order and in their roles.");
        } else {
            Element list = main.appendElement("ul");
            format.differences().forEach(d -> list.appendElement("li").text(d.describe()));
        }
        format.pdfUa().ifPresent(result -> {
            if (result.compliant()) {
                main.appendElement("p").text("veraPDF " + result.profileName() + ": compliant, no rule failed.");
                return;
            }
            Element table = main.appendElement("table");
            table.appendElement("caption").text("veraPDF " + result.profileName() + ": failed rules");
            header(table, "Rule", "Description", "Failed checks", "Matterhorn checkpoint");
            for (PdfValidationResult.FailedRule rule : result.failedRules()) {
                Element row = table.appendElement("tr");
                row.appendElement("th").attr("scope", "row").text(rule.id());
                row.appendElement("td").text(rule.description());
                row.appendElement("td").text(String.valueOf(rule.failedChecks()));
                row.appendElement("td").text(MatterhornCheckpoint.forClause(rule.clause()).orElse("–"));
            }
        });
        if (!format.measures().isEmpty()) {
            Element table = main.appendElement("table");
            table.appendElement("caption").text("Measured on the file");
            header(table, "Measure", "Value", "Rule", "Result");
            for (Measure m : format.measures()) {
                Element row = table.appendElement("tr");
                row.appendElement("th").attr("scope", "row").text(m.name());
                row.appendElement("td").text(m.value());
                row.appendElement("td").text(m.rule());
                row.appendElement("td").addClass(m.passed() ? "pass" : "fail").text(m.passed() ? "passed" : "failed");
            }
        }
    }

    private static void header(Element table, String... names) {
        Element row = table.appendElement("tr");
        for (String name : names) {
            row.appendElement("th").attr("scope", "col").text(name);
        }
    }
}
