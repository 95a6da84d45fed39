package org.handout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.handout.check.Outline;
import org.handout.check.PdfValidationResult;
import org.handout.check.audit.FileAudit;
import org.handout.check.report.JsonMapping;
import org.handout.check.pdf.MatterhornCheckpoint;
import org.handout.check.pdf.PdfTagSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Inspects any PDF, DOCX or HTML file, also one made by another tool: its outline (headings, "
                + "quotes, lists, figures), and for PDFs the tag tree, fonts, glyph sizes and the veraPDF PDF/UA-1 "
                + "verdict. Exits 1 when a PDF fails PDF/UA-1.")
final class AuditCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .pdf, .docx or .html file.")
    private Path file;

    @Option(names = "--json", description = "Print the findings as JSON.")
    private boolean json;

    @CommandLine.Mixin
    private DebugOption debug;

    @Override
    public Integer call() throws IOException {
        FileAudit audit = FileAudit.of(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapping.MAPPER.writeValueAsString(audit));
        } else {
            print(audit, out);
        }
        out.flush();
        return audit.passed() ? 0 : 1;
    }

    private static void print(FileAudit audit, PrintWriter out) {
        Outline outline = audit.outline();
        out.println(audit.file() + " (" + audit.kind() + ", " + Console.compactSize(audit.bytes()) + ")");
        out.println("title:    " + blankAsNone(outline.title()));
        out.println("language: " + blankAsNone(outline.lang()));
        audit.tags().ifPresent(tags -> printTags(tags, out));
        audit.glyphs().ifPresent(g -> out.println(String.format(Locale.ROOT,
                "text size: smallest %.1f pt, median %.1f pt (page furniture excluded)", g.minPt(), g.medianPt())));
        audit.smallestDocxTextPt().ifPresent(pt -> out.println(String.format(Locale.ROOT, "text size: smallest %.1f pt", pt)));
        out.println();
        out.println("headings (" + outline.headings().size() + "):");
        outline.headings().forEach(h -> out.println("  " + "  ".repeat(h.level() - 1) + "H" + h.level() + " " + h.text()));
        out.println("quotes (" + outline.quotes().size() + "):");
        outline.quotes().forEach(q -> out.println("  " + q.text() + q.attribution().map(a -> "  — " + a).orElse("  (no attribution)")));
        out.println("list items (" + outline.items().size() + "):");
        outline.items().forEach(i -> out.println("  " + "  ".repeat(i.depth() - 1) + "• " + i.text()));
        out.println("figures (" + outline.images().size() + "):");
        outline.images().forEach(i -> out.println("  " + (i.decorative() ? "(decorative)" : "alt: " + blankAsNone(i.alt()))));
        out.println("tables (" + outline.tables().size() + "):");
        outline.tables().forEach(t -> out.println("  headers: " + String.join(" | ", t.headers())));
        out.println("links (" + outline.links().size() + "):");
        outline.links().forEach(l -> out.println("  " + l.text() + " → " + l.target()));
        audit.pdfUa().ifPresent(result -> printValidation(result, out));
    }

    private static void printTags(PdfTagSummary tags, PrintWriter out) {
        out.println("pages:    " + tags.pages());
        out.println("tagged:   " + (tags.tagged() ? "yes" : "NOT TAGGED"));
        out.println("display document title: " + (tags.displayDocTitle() ? "yes" : "no"));
        out.println("structure types: " + join(tags.structureTypes()));
        out.println("role map: " + (tags.roleMap().isEmpty() ? "(none)" : join(tags.roleMap())));
        if (!tags.unmappedTypes().isEmpty()) {
            out.println("unmapped types: " + String.join(", ", tags.unmappedTypes()));
        }
        out.println("artifacts: " + tags.artifacts() + " marked-content sequences");
        out.println("fonts:");
        tags.fonts().forEach(f -> out.println("  " + f.name() + " (" + f.type() + ") " + (f.embedded() ? "embedded" : "NOT EMBEDDED")));
    }

    private static void printValidation(PdfValidationResult result, PrintWriter out) {
        out.println();
        out.println("veraPDF " + result.profileName() + ": " + (result.compliant() ? "compliant"
                : "NOT compliant, " + result.failedRules().size() + " rules failed"));
        result.failedRules().forEach(rule -> out.println("  " + rule.describe()
                + MatterhornCheckpoint.forClause(rule.clause()).map(m -> " [Matterhorn " + m + "]").orElse("")));
    }

    private static String join(Map<String, ?> map) {
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
}
