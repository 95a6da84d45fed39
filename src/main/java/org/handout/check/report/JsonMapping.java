package org.handout.check.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The one JSON set-up of every file handout writes or reads (report.json, build-manifest.json,
 * timings, audit --json): indented, and Optional written as its value. Configured once and
 * shared; Jackson's mapper is thread-safe once configured.
 */
public final class JsonMapping {
    public static final ObjectMapper MAPPER =
            new ObjectMapper().registerModule(new Jdk8Module()).enable(SerializationFeature.INDENT_OUTPUT);

    private JsonMapping() {
    }
}
