package org.handout.check.report;

import java.nio.file.Path;
import org.handout.check.FormatReport;
import org.handout.check.HandoutReport;
import org.handout.check.Measure;
import org.handout.check.PdfValidationResult;
import org.handout.check.TranslationStatus;
import org.handout.check.braille.BrailleFormat;
import org.handout.check.pdf.MatterhornCheckpoint;
import org.handout.convention.HtmlPage;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes a {@link HandoutReport} as report.html for reviewers: a verdict line first, then per
 * format what was found, what is missing and what veraPDF said. Itself accessible: standards
 * mode, language, a skip link, one h1, tables with header cells and captions that become one
 * block per row on a phone, so nothing scrolls sideways at 320 px. The build adds the web font.
 */
public final class ReportHtml {
    /** The handouts' own focus ring, skip link and narrow-table layout (styles/web.css), in the same colours. */
    private static final String STYLE = """
            *, *::before, *::after{box-sizing:border-box}
            body{font-family:"Atkinson Hyperlegible",Verdana,Arial,sans-serif;font-size:1.125rem;line-height:1.5;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a;background:#fff;overflow-wrap:break-word}
            a{color:#1f4e79;text-decoration:underline}
            :focus-visible{outline:0.2rem solid #1f4e79;outline-offset:0.15rem}
            .skip-link{position:absolute;left:1rem;top:-4rem;padding:0.5rem 1rem;color:#fff;background:#1f4e79}
            .skip-link:focus{top:1rem}
            table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}
            th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
            caption{text-align:left;font-weight:bold;padding:.3rem 0}
            .pass{color:#0a5c2a}.fail{color:#a4000f}
            .beside{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start}.results{flex:1 1 18rem;min-width:0}
            figure{margin:0 0 1rem;max-width:100%}
            pre.braille{font-family:"DejaVu Sans Mono","Segoe UI Symbol",monospace;font-size:1rem;line-height:1.3;
            margin:0;padding:.5rem;border:1px solid #767676;overflow-x:auto;max-width:100%;box-sizing:border-box}
            @media (max-width:40em){
            table,thead,tbody,tr,th,td,caption{display:block}
            thead tr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
            tr{border:1px solid #767676;margin-bottom:.75rem}
            th,td{border:none;overflow-wrap:break-word}
            td::before{content:attr(data-label);content:attr(data-label) / "";display:block;font-weight:bold}
            }
            @media print{.skip-link{display:none}}
            """;

    private ReportHtml() {
    }

    /** The report page, to which the build adds the web font before writing it. */
    public static Document document(HandoutReport report) {
        Element main = page("Check report: " + report.title());
        Document doc = main.ownerDocument();
        main.appendElement("p").addClass(report.passed() ? "pass" : "fail").appendElement("strong")
                .text((report.passed() ? "Passed: " : "Failed: ") + report.verdict());
        main.appendElement("p").text("Source " + shownSource(report.source()) + ", language " + report.lang() + ".");
        report.translation().ifPresent(translation -> translation(main, translation));
        overview(main, report);
        for (FormatReport format : report.formats()) {
            details(main, format);
        }
        return doc;
    }

    /**
     * An English page in the reports' look, titled and headed by {@code title}, with a skip link to
     * its main landmark, which it returns to fill. The audit's pages share it.
     */
    public static Element page(String title) {
        Document doc = HtmlPage.shell("en", title);
        doc.head().appendElement("style").appendChild(new DataNode(STYLE));
        HtmlPage.skipLink(doc.body(), "Skip to the report");
        Element main = doc.body().appendElement("main").attr("id", HtmlPage.MAIN_ID);
        main.appendElement("h1").text(title);
        return main;
    }

    /** A source outside the project folder is named by its file name: a report never shows the build machine's folders. */
    private static String shownSource(String source) {
        Path path = Path.of(source);
        return path.isAbsolute() ? String.valueOf(path.getFileName()) : source;
    }

    private static void translation(Element main, TranslationStatus translation) {
        main.appendElement("h2").text("Translation of " + translation.sourceSlug());
        if (translation.warnings().isEmpty()) {
            main.appendElement("p").text("Same structure as its source, and reviewed since the source last changed.");
            return;
        }
        Element list = main.appendElement("ul");
        translation.warnings().forEach(warning -> list.appendElement("li").text(warning));
    }

    private static void overview(Element main, HandoutReport report) {
        Element table = main.appendElement("table");
        table.appendElement("caption").text("Every format at a glance");
        Element body = header(table, "Format", "File", "Pages", "Size (bytes)", "Structure and text found", "PDF/UA-1", "Result");
        for (FormatReport f : report.formats()) {
            Element row = body.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(f.format().label());
            if (f.unavailable().isPresent()) {
                cell(row, "File").text("not made");
            } else {
                cell(row, "File").appendElement("a").attr("href", f.file()).text(f.file());
            }
            cell(row, "Pages").text(f.pages() > 0 ? String.valueOf(f.pages()) : "–");
            cell(row, "Size (bytes)").text(String.valueOf(f.bytes()));
            cell(row, "Structure and text found").text(f.fidelity());
            cell(row, "PDF/UA-1").text(f.pdfUaVerdict());
            cell(row, "Result").addClass(f.passed() ? "pass" : "fail").text(f.passed() ? "passed" : "failed");
        }
    }

    private static void details(Element main, FormatReport format) {
        if (format.unavailable().isPresent()) {
            main.appendElement("h2").text(format.format().label());
            main.appendElement("p").text("Not made: " + format.unavailable().get() + ".");
            return;
        }
        main.appendElement("h2").text(format.format().label() + ": " + format.file());
        if (BrailleFormat.is(format.format())) {
            main.appendElement("p").appendElement("strong").text(BrailleFormat.PROOFREADING);
        }
        if (!format.checked()) {
            main.appendElement("p").text("Not checked (built with --no-check).");
            return;
        }
        Element results = format.preview().map(preview -> besidePreview(main, format, preview)).orElse(main);
        if (format.differences().isEmpty() && format.textDifferences().isEmpty()) {
            results.appendElement("p").text("All " + format.expected() + (BrailleFormat.is(format.format())
                    ? " elements found, every word read back, in order, in their cells."
                    : " structure elements and text blocks found, every word in order and in its role."));
        } else {
            Element list = results.appendElement("ul");
            format.differences().forEach(d -> list.appendElement("li").text(d.describe()));
            format.textDifferences().forEach(d -> list.appendElement("li").text(d.describe()));
        }
        format.pdfUa().ifPresent(result -> {
            if (result.compliant()) {
                results.appendElement("p").text("veraPDF " + result.profileName() + ": compliant, no rule failed.");
                return;
            }
            Element table = results.appendElement("table");
            table.appendElement("caption").text("veraPDF " + result.profileName() + ": failed rules");
            Element body = header(table, "Rule", "Description", "Failed checks", "Matterhorn checkpoint");
            for (PdfValidationResult.FailedRule rule : result.failedRules()) {
                Element row = body.appendElement("tr");
                row.appendElement("th").attr("scope", "row").text(rule.id());
                cell(row, "Description").text(rule.description());
                cell(row, "Failed checks").text(String.valueOf(rule.failedChecks()));
                cell(row, "Matterhorn checkpoint").text(MatterhornCheckpoint.forClause(rule.clause()).orElse("–"));
            }
        });
        if (!format.measures().isEmpty()) {
            Element table = results.appendElement("table");
            table.appendElement("caption").text("Measured on the file");
            Element body = header(table, "Measure", "Value", "Rule", "Result");
            for (Measure m : format.measures()) {
                Element row = body.appendElement("tr");
                row.appendElement("th").attr("scope", "row").text(m.name());
                cell(row, "Value").text(m.value());
                cell(row, "Rule").text(m.rule());
                cell(row, "Result").addClass(m.passed() ? "pass" : "fail").text(m.passed() ? "passed" : "failed");
            }
        }
    }

    /**
     * The first page as the dots a braille reader feels, beside the check results; one image to a
     * screen reader, which would otherwise spell out every cell's dots.
     *
     * @return where the check results go
     */
    private static Element besidePreview(Element main, FormatReport format, String preview) {
        Element beside = main.appendElement("div").addClass("beside");
        Element figure = beside.appendElement("figure");
        String caption = "First page of " + format.file() + " as Unicode braille";
        figure.appendElement("figcaption").text(caption);
        // Focusable so keyboard users can scroll it where the screen is narrower than 40 cells.
        figure.appendElement("pre").addClass("braille").attr("role", "img").attr("tabindex", "0")
                .attr("aria-label", caption + ": " + preview.lines().count() + " lines of braille cells")
                .text(preview);
        return beside.appendElement("div").addClass("results");
    }

    /** Writes the header row and returns the body the rows go into. */
    public static Element header(Element table, String... names) {
        Element row = table.appendElement("thead").appendElement("tr");
        for (String name : names) {
            row.appendElement("th").attr("scope", "col").text(name);
        }
        return table.appendElement("tbody");
    }

    /** A data cell, labelled with its column's header for the one-block-per-row layout on a phone. */
    private static Element cell(Element row, String column) {
        return row.appendElement("td").attr("data-label", column);
    }
}
