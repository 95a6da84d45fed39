package org.handout.check.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.handout.check.audit.AuditResult;
import org.handout.check.audit.Finding;
import org.handout.check.audit.Verdict;

/**
 * One audit result as one line of JSON (JSON Lines: one object per file), for scripts. The file is a plain path
 * as given, the verdict one of {@code compliant}, {@code findings}, {@code unreadable} (a file stopped at the time
 * limit is {@code unreadable} with {@code "finished": false}), severities in lower case.
 */
public final class AuditJson {
    private static final ObjectWriter ONE_LINE = JsonMapping.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private AuditJson() {
    }

    public static String line(AuditResult result) {
        ObjectNode json = JsonMapping.MAPPER.createObjectNode();
        json.put("file", result.file().toString());
        json.put("format", result.format().map(f -> f.name().toLowerCase(Locale.ROOT)).orElse(null));
        json.put("verdict", verdictWord(result.verdict()));
        json.put("finished", result.verdict() != Verdict.NOT_FINISHED);
        if (!result.message().isEmpty()) {
            json.put("message", result.message());
        }
        ArrayNode findings = json.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode node = findings.addObject();
            node.put("id", finding.id());
            node.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
            node.put("problem", finding.problem());
            node.set("location", JsonMapping.MAPPER.valueToTree(finding.location()));
            node.put("fix", finding.fix());
        }
        json.set("missingParts", JsonMapping.MAPPER.valueToTree(result.missingParts()));
        result.overview().ifPresent(overview -> json.set("overview", JsonMapping.MAPPER.valueToTree(overview)));
        result.validation().ifPresent(validation -> json.set("validation", JsonMapping.MAPPER.valueToTree(validation)));
        try {
            return ONE_LINE.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            // A tree of strings, numbers and records of them always serialises.
            throw new IllegalStateException(e);
        }
    }

    /** The verdict as scripts read it: a file that did not finish could not be read in the time given. */
    public static String verdictWord(Verdict verdict) {
        return (verdict == Verdict.NOT_FINISHED ? Verdict.UNREADABLE : verdict).name().toLowerCase(Locale.ROOT);
    }
}
