package org.handout.browser;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs {@code src/test/browser/audit-pages.mjs}: Debian's headless Chromium opens each page from
 * disk, axe-core checks it against WCAG 2.1 A and AA, and the layout is measured at each width.
 * One browser start per call, so callers audit all their pages at once.
 */
public final class BrowserAudit {
    static final Path NODE_PROJECT = Path.of("src", "test", "browser");
    private static final Path SCRIPT = NODE_PROJECT.resolve("audit-pages.mjs");
    private static final String INSTALL_HINT = "run the tests with ./test, which installs them, or install the browser "
            + "test packages with: npm ci --prefix " + NODE_PROJECT + " (and Debian's chromium with: apt-get install chromium)";
    // Generous: two shared cores and a cold Chromium; a hung browser must still end the build.
    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private BrowserAudit() {
    }

    /**
     * Audits {@code pages} at each of {@code widths} (CSS pixels) and writes one full-page
     * screenshot per page and width into {@code screenshots}, named {@code <page>-<width>.png},
     * and one of the print layout, {@code <page>-print.png}.
     *
     * @throws IllegalStateException when node, the npm packages or the browser are missing, or
     *                               the browser run fails; the message says how to fix it
     */
    public static AuditReport audit(Path screenshots, List<Integer> widths, List<Path> pages) throws IOException {
        return audit(screenshots, widths, Contrast.MINIMUM, pages);
    }

    /** As {@link #audit(Path, List, List)}, holding text to the given contrast. */
    public static AuditReport audit(Path screenshots, List<Integer> widths, Contrast contrast, List<Path> pages)
            throws IOException {
        return audit(screenshots, widths, contrast, List.of(), pages);
    }

    /** As above, and on pages with the library's filter, searches and chooses a language as {@code filter} says. */
    public static AuditReport audit(Path screenshots, List<Integer> widths, Contrast contrast, FilterUse.Request filter,
                                    List<Path> pages) throws IOException {
        return audit(screenshots, widths, contrast, filter.arguments(), pages);
    }

    private static AuditReport audit(Path screenshots, List<Integer> widths, Contrast contrast, List<String> filter,
                                     List<Path> pages) throws IOException {
        requireInstalled();
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(), "--screenshots",
                screenshots.toAbsolutePath().toString(), "--widths",
                widths.stream().map(String::valueOf).collect(Collectors.joining(","))));
        command.addAll(contrast.arguments());
        command.addAll(filter);
        pages.forEach(page -> command.add(page.toAbsolutePath().normalize().toString()));
        Path stdout = Files.createTempFile("browser-audit", ".json");
        Path stderr = Files.createTempFile("browser-audit", ".log");
        try {
            int exit = run(command, stdout, stderr);
            if (exit != 0) {
                throw new IllegalStateException("browser audit failed (exit " + exit + "): "
                        + Files.readString(stderr, StandardCharsets.UTF_8).strip());
            }
            return JSON.readValue(stdout.toFile(), AuditReport.class);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static void requireInstalled() {
        for (String module : List.of("axe-core", "playwright-core")) {
            if (!Files.isDirectory(NODE_PROJECT.resolve("node_modules").resolve(module))) {
                throw new IllegalStateException(module + " is missing; " + INSTALL_HINT);
            }
        }
    }

    private static int run(List<String> command, Path stdout, Path stderr) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run node (" + e.getMessage() + "); install Node.js 20 or newer, then "
                    + INSTALL_HINT, e);
        }
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("browser audit did not finish within " + TIMEOUT + ": " + command);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing " + command, e);
        }
    }
}
