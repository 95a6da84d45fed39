package org.handout.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.handout.check.report.JsonMapping;

/**
 * What each handout in an output folder was last built from: the fingerprint of all its inputs
 * and whether it passed (for whoever reads the file; report.json has the details). A handout
 * whose fingerprint is unchanged is not built again: its last report stands, passed or failed. The file also keeps what the library page was last written from (see {@link LibraryIndex#updateFor}). Threads of a batch record entries concurrently; the file is written once at the end.
 * Several builds may share one output folder (the shards of a library, see {@link Shard}), so
 * saving merges this build's changes into the file as it is on disk then, under the folder's lock.
 */
public final class BuildManifest {
    static final String FILE_NAME = "build-manifest.json";
    private static final String LIBRARY = "library";
    private static final ObjectMapper JSON = JsonMapping.MAPPER;

    /**
     * @param inputs the hex fingerprint of source, images, styles, fonts, settings and tool
     * @param images the image files the source showed, relative to its folder (so the file names no
     *               machine's folders), for a build to tell an unchanged handout without parsing it
     */
    record Entry(String inputs, boolean passed, List<Path> images) {
        Entry {
            images = List.copyOf(images);
        }

        /** @param images the image files as the parser resolved them, inside the source's folder */
        static Entry of(String inputs, boolean passed, Path source, List<Path> images) {
            Path folder = source.toAbsolutePath().getParent();
            return new Entry(inputs, passed, images.stream().map(folder::relativize).toList());
        }

        /** The image files again as the parser resolves them for {@code source}. */
        List<Path> imagesOf(Path source) {
            Path folder = source.toAbsolutePath().getParent();
            return images.stream().map(image -> folder.resolve(image).normalize()).toList();
        }
    }


    private final Map<String, Entry> entries;
    /** What this build recorded (an entry) or forgot (empty), to merge into the file on saving. */
    private final Map<String, Optional<Entry>> changes = new ConcurrentHashMap<>();

    private BuildManifest(Map<String, Entry> entries) {
        this.entries = new ConcurrentHashMap<>(entries);
    }

    /** The manifest in {@code out}, or an empty one when there is none or it is unreadable. */
    public static BuildManifest load(Path out) {
        return new BuildManifest(entriesIn(out.resolve(FILE_NAME)));
    }

    private static Map<String, Entry> entriesIn(Path file) {
        Map<String, Entry> entries = new TreeMap<>();
        rootOf(file).path("handouts").fields().forEachRemaining(e -> {
            List<Path> images = new ArrayList<>();
            e.getValue().path("images").forEach(image -> images.add(Path.of(image.asText())));
            entries.put(e.getKey(), new Entry(e.getValue().path("inputs").asText(), e.getValue().path("passed").asBoolean(),
                    images));
        });
        return entries;
    }

    /** The file's JSON, or an empty object when there is none or it is unreadable. */
    private static JsonNode rootOf(Path file) {
        if (Files.isRegularFile(file)) {
            try {
                return JSON.readTree(file.toFile());
            } catch (IOException e) {
                // A damaged manifest only costs a full rebuild; it must never stop one.
            }
        }
        return JSON.createObjectNode();
    }

    /** The fingerprint the library page in {@code out} was last written from; read under the folder's lock. */
    static Optional<String> libraryInputs(Path out) {
        JsonNode library = rootOf(out.resolve(FILE_NAME)).path(LIBRARY);
        return library.isTextual() ? Optional.of(library.asText()) : Optional.empty();
    }

    /** Records what the library page was written from, keeping every handout's entry; under the folder's lock. */
    static void recordLibrary(Path out, String inputs) throws IOException {
        write(entriesIn(out.resolve(FILE_NAME)), Optional.of(inputs), out);
    }

    Optional<Entry> entry(String slug) {
        return Optional.ofNullable(entries.get(slug));
    }

    void record(String slug, Entry entry) {
        entries.put(slug, entry);
        changes.put(slug, Optional.of(entry));
    }

    void forget(String slug) {
        entries.remove(slug);
        changes.put(slug, Optional.empty());
    }

    public void save(Path out) throws IOException {
        OutputFolderLock.holding(out, () -> {
            Map<String, Entry> merged = entriesIn(out.resolve(FILE_NAME));
            changes.forEach((slug, change) -> change.ifPresentOrElse(entry -> merged.put(slug, entry), () -> merged.remove(slug)));
            write(merged, libraryInputs(out), out);
            return null;
        });
    }

    private static void write(Map<String, Entry> entries, Optional<String> library, Path out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        library.ifPresent(inputs -> root.put(LIBRARY, inputs));
        ObjectNode handouts = root.putObject("handouts");
        entries.forEach((slug, entry) -> {
            ObjectNode node = handouts.putObject(slug);
            node.put("inputs", entry.inputs());
            node.put("passed", entry.passed());
            entry.images().forEach(image -> node.withArray("images").add(image.toString()));
        });
        try (StagedOutput staged = new StagedOutput()) {
            try (OutputStream stream = Files.newOutputStream(staged.stage(out.resolve(FILE_NAME)))) {
                JSON.writeValue(stream, root);
            }
            staged.commit();
        }
    }
}
