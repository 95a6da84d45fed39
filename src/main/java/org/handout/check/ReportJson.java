package org.handout.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/** Writes a {@link HandoutReport} as report.json: stable key order, so equal reports are equal bytes. */
public final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static void write(HandoutReport report, OutputStream out) throws IOException {
        JSON.writeValue(out, tree(report));
    }

    static ObjectNode tree(HandoutReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("slug", report.slug());
        root.put("title", report.title());
        root.put("lang", report.lang());
        report.summary().ifPresent(s -> root.put("summary", s));
        report.reviewed().map(LocalDate::toString).ifPresent(d -> root.put("reviewed", d));
        root.put("source", report.source());
        root.put("checked", report.checked());
        root.put("passed", report.passed());
        root.put("verdict", report.verdict());
        ArrayNode formats = root.putArray("formats");
        report.formats().forEach(f -> formats.add(format(f)));
        return root;
    }

    private static ObjectNode format(FormatReport report) {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", report.format().id());
        node.put("file", report.file());
        node.put("bytes", report.bytes());
        node.put("pages", report.pages());
        node.put("checked", report.checked());
        node.put("passed", report.passed());
        node.put("expected", report.expected());
        node.put("found", report.found());
        ArrayNode differences = node.putArray("differences");
        for (Difference difference : report.differences()) {
            ObjectNode d = differences.addObject();
            d.put("kind", difference.kind().name());
            d.put("message", difference.describe());
        }
        report.pdfUa().ifPresent(result -> {
            ObjectNode pdfUa = node.putObject("pdfUa");
            pdfUa.put("profile", result.profileName());
            pdfUa.put("compliant", result.compliant());
            ArrayNode failed = pdfUa.putArray("failedRules");
            for (PdfValidationResult.FailedRule rule : result.failedRules()) {
                ObjectNode r = failed.addObject();
                r.put("rule", rule.id());
                r.put("description", rule.description());
                r.put("failedChecks", rule.failedChecks());
                MatterhornCheckpoint.forClause(rule.clause()).ifPresent(m -> r.put("matterhorn", m));
            }
        });
        ArrayNode measures = node.putArray("measures");
        for (Measure measure : report.measures()) {
            ObjectNode m = measures.addObject();
            m.put("name", measure.name());
            m.put("value", measure.value());
            m.put("rule", measure.rule());
            m.put("passed", measure.passed());
        }
        return node;
    }
}
