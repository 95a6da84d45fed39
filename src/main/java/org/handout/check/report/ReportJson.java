package org.handout.check.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.handout.check.Difference;
import org.handout.check.FormatName;
import org.handout.check.FormatReport;
import org.handout.check.HandoutReport;
import org.handout.check.Measure;
import org.handout.check.PdfValidationResult;
import org.handout.check.TranslationStatus;
import org.handout.check.TextDifference;
import org.handout.check.pdf.MatterhornCheckpoint;

/** Writes a {@link HandoutReport} as report.json: stable key order, so equal reports are equal bytes. */
public final class ReportJson {
    private static final ObjectMapper JSON = JsonMapping.MAPPER;

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
        report.keywords().forEach(root.putArray("keywords")::add);
        report.translation().ifPresent(t -> {
            ObjectNode translation = root.putObject("translationOf");
            translation.put("slug", t.sourceSlug());
            t.warnings().forEach(translation.putArray("warnings")::add);
        });
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
        node.put("label", report.format().label());
        node.put("file", report.file());
        report.unavailable().ifPresent(why -> node.put("unavailable", why));
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
            d.put("element", difference.element());
            d.put("expected", difference.expected());
            d.put("found", difference.found());
        }
        ArrayNode textDifferences = node.putArray("textDifferences");
        for (TextDifference difference : report.textDifferences()) {
            ObjectNode d = textDifferences.addObject();
            d.put("kind", difference.kind().name());
            d.put("message", difference.describe());
            d.put("place", difference.place());
        }
        report.pdfUa().ifPresent(result -> {
            ObjectNode pdfUa = node.putObject("pdfUa");
            pdfUa.put("flavour", result.flavour());
            pdfUa.put("profile", result.profileName());
            pdfUa.put("compliant", result.compliant());
            ArrayNode failed = pdfUa.putArray("failedRules");
            for (PdfValidationResult.FailedRule rule : result.failedRules()) {
                ObjectNode r = failed.addObject();
                r.put("rule", rule.id());
                r.put("clause", rule.clause());
                r.put("testNumber", rule.testNumber());
                r.put("description", rule.description());
                r.put("failedChecks", rule.failedChecks());
                MatterhornCheckpoint.forClause(rule.clause()).ifPresent(m -> r.put("matterhorn", m));
                rule.tags().forEach(r.putArray("tags")::add);
                rule.references().forEach(r.putArray("references")::add);
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
        report.preview().ifPresent(preview -> node.put("preview", preview));
        return node;
    }

    /**
     * Reads a report.json written by {@link #write}, e.g. for a handout an incremental build skipped.
     *
     * @param formatNames the name of the format with a given id, for a report.json that stores only the id
     */
    public static HandoutReport read(Path file, Function<String, FormatName> formatNames) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        List<FormatReport> formats = new ArrayList<>();
        for (JsonNode f : root.path("formats")) {
            FormatName known = formatNames.apply(f.path("format").asText());
            FormatName name = new FormatName(known.id(), f.path("label").asText(known.label()));
            formats.add(new FormatReport(name, f.path("file").asText(),
                    f.path("bytes").asLong(), f.path("pages").asInt(), f.path("checked").asBoolean(), f.path("expected").asInt(),
                    f.path("found").asInt(), differences(f.path("differences")), textDifferences(f.path("textDifferences")),
                    pdfUa(f.path("pdfUa")), measures(f.path("measures")), optionalText(f, "unavailable"),
                    optionalText(f, "preview")));
        }
        return new HandoutReport(root.path("slug").asText(), root.path("title").asText(), root.path("lang").asText(),
                optionalText(root, "summary"), optionalText(root, "reviewed").map(LocalDate::parse),
                root.path("source").asText(), root.path("checked").asBoolean(), formats, texts(root.path("keywords")),
                root.has("translationOf") ? Optional.of(new TranslationStatus(root.path("translationOf").path("slug").asText(),
                        texts(root.path("translationOf").path("warnings")))) : Optional.empty());
    }

    /**
     * The source a report.json names, read without the rest of it: a build that changed nothing
     * asks it of every report in the folder, and only needs the rest when the library page changed.
     */
    public static String source(String json) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("source")) {
                    return parser.getValueAsString("");
                }
                parser.skipChildren();
            }
            return "";
        }
    }

    private static List<Difference> differences(JsonNode array) {
        List<Difference> out = new ArrayList<>();
        for (JsonNode d : array) {
            out.add(new Difference(Difference.Kind.valueOf(d.path("kind").asText()), d.path("element").asText(),
                    d.path("expected").asText(), d.path("found").asText()));
        }
        return out;
    }

    private static List<TextDifference> textDifferences(JsonNode array) {
        List<TextDifference> out = new ArrayList<>();
        for (JsonNode d : array) {
            out.add(new TextDifference(TextDifference.Kind.valueOf(d.path("kind").asText()), d.path("place").asText(),
                    d.path("message").asText()));
        }
        return out;
    }

    private static Optional<PdfValidationResult> pdfUa(JsonNode node) {
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        List<PdfValidationResult.FailedRule> rules = new ArrayList<>();
        for (JsonNode r : node.path("failedRules")) {
            rules.add(new PdfValidationResult.FailedRule(r.path("clause").asText(), r.path("testNumber").asInt(),
                    r.path("description").asText(), r.path("failedChecks").asInt(), texts(r.path("tags")), texts(r.path("references"))));
        }
        return Optional.of(new PdfValidationResult(node.path("flavour").asText(), node.path("profile").asText(),
                node.path("compliant").asBoolean(), rules));
    }

    private static List<Measure> measures(JsonNode array) {
        List<Measure> out = new ArrayList<>();
        for (JsonNode m : array) {
            out.add(new Measure(m.path("name").asText(), m.path("value").asText(), m.path("rule").asText(), m.path("passed").asBoolean()));
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.asText()));
        return out;
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
