package org.handout.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.handout.check.report.JsonMapping;

/** Writes how long each handout and each of its formats took, for the benchmark (--timings FILE). */
public final class TimingsFile {
    private TimingsFile() {
    }

    public static void write(List<HandoutResult> results, Path file) throws IOException {
        ObjectMapper json = JsonMapping.MAPPER;
        ArrayNode handouts = json.createArrayNode();
        for (HandoutResult result : results) {
            ObjectNode handout = handouts.addObject();
            handout.put("source", result.source().toString());
            handout.put("status", result.error().isPresent() ? "failed" : result.upToDate() ? "up to date" : "built");
            handout.put("totalMillis", result.elapsed().toMillis());
            ArrayNode formats = handout.putArray("formats");
            for (FormatTiming timing : result.timings()) {
                ObjectNode format = formats.addObject();
                format.put("format", timing.format().id());
                format.put("renderMillis", timing.render().toNanos() / 1e6);
                format.put("checkMillis", timing.check().toNanos() / 1e6);
            }
        }
        json.writeValue(file.toFile(), handouts);
    }
}
