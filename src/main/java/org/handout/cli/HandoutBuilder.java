package org.handout.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handout.check.FidelityCheck;
import org.handout.check.FormatReport;
import org.handout.check.HandoutReport;
import org.handout.check.Outline;
import org.handout.check.OutputFormat;
import org.handout.check.ReportHtml;
import org.handout.check.ReportJson;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.render.Profile;
import org.handout.render.Renderer;
import org.handout.render.docx.DocxRenderer;
import org.handout.render.html.HtmlRenderer;
import org.handout.render.pdf.PdfRenderer;
import org.handout.render.pdf.PrintStylesheet;
import org.handout.source.HandoutParser;
import org.handout.source.ParsedHandout;

/**
 * Builds one handout: parse, render every chosen format to staged files, read each back and
 * check it, then move the files and the report into place together. Shared by every thread of a
 * batch: it holds only immutable, thread-safe parts (fonts and validators are loaded once).
 */
final class HandoutBuilder {
    private final BuildSettings settings;
    private final HandoutParser parser;
    private final Map<OutputFormat, Rendition> renditions = new EnumMap<>(OutputFormat.class);
    private final FidelityCheck check;
    private final BuildManifest manifest;
    private final String buildWideInputs;

    /** A format is one renderer with one print profile. */
    private record Rendition(Renderer renderer, Profile profile) {
    }

    HandoutBuilder(BuildSettings settings, BuildManifest manifest) {
        this.settings = settings;
        this.manifest = manifest;
        this.parser = new HandoutParser(settings.maxSourceBytes());
        Profile standard = Profile.standard(settings.pageSize());
        Profile largePrint = Profile.largePrint(settings.pageSize());
        PdfRenderer pdf = new PdfRenderer();
        DocxRenderer docx = new DocxRenderer();
        renditions.put(OutputFormat.HTML, new Rendition(new HtmlRenderer(), standard));
        renditions.put(OutputFormat.PDF, new Rendition(pdf, standard));
        renditions.put(OutputFormat.LARGE_PRINT_PDF, new Rendition(pdf, largePrint));
        renditions.put(OutputFormat.DOCX, new Rendition(docx, standard));
        renditions.put(OutputFormat.LARGE_PRINT_DOCX, new Rendition(docx, largePrint));
        Map<OutputFormat, String> stylesheets = Map.of(
                OutputFormat.HTML, HtmlRenderer.stylesheet(),
                OutputFormat.PDF, PrintStylesheet.of(standard),
                OutputFormat.LARGE_PRINT_PDF, PrintStylesheet.of(largePrint));
        this.check = new FidelityCheck(stylesheets);
        this.buildWideInputs = InputFingerprint.buildWide(List.of(Version.identity(), stylesheets.get(OutputFormat.HTML),
                stylesheets.get(OutputFormat.PDF), stylesheets.get(OutputFormat.LARGE_PRINT_PDF), standard.toString(),
                largePrint.toString(), chosenFormats().toString(), String.valueOf(settings.check())));
    }

    static String slugOf(Path source) {
        String name = source.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * Renders every chosen format, checks each file, and moves files and report into place; a
     * handout whose inputs are unchanged since a build that passed is left as it is.
     */
    HandoutResult build(Path source) {
        return run(source, this::buildUnlessUpToDate);
    }

    /** Checks the outputs an earlier build left for {@code source} and rewrites its report. */
    HandoutResult recheck(Path source) {
        return run(source, this::checkExisting);
    }

    /** One step of work on a parsed handout; the failure handling around it is shared. */
    private interface Step {
        HandoutResult apply(ParsedHandout parsed, long startNanos) throws IOException, InvalidHandoutException;
    }

    private HandoutResult run(Path source, Step step) {
        long start = System.nanoTime();
        try {
            return step.apply(parser.parse(source), start);
        } catch (InvalidHandoutException e) {
            manifest.forget(slugOf(source));
            return HandoutResult.failed(source, e.getMessage(), since(start));
        } catch (IOException | RuntimeException e) {
            manifest.forget(slugOf(source));
            if (settings.debug()) {
                e.printStackTrace();
            }
            return HandoutResult.failed(source, source + ": " + OneLineErrors.describe(e), since(start));
        }
    }

    private HandoutResult buildUnlessUpToDate(ParsedHandout parsed, long start) throws IOException, InvalidHandoutException {
        Handout handout = parsed.handout();
        String inputs = InputFingerprint.of(handout, buildWideInputs);
        Path folder = settings.out().resolve(handout.slug());
        Path reportJson = folder.resolve("report.json");
        boolean unchanged = !settings.force() && settings.check()
                && manifest.entry(handout.slug()).equals(Optional.of(new BuildManifest.Entry(inputs, true)))
                && chosenFormats().stream().allMatch(f -> Files.isRegularFile(folder.resolve(f.fileName(handout.slug()))))
                && Files.isRegularFile(reportJson);
        if (unchanged) {
            return HandoutResult.upToDate(handout.source(), ReportJson.read(reportJson), since(start));
        }
        List<FormatTiming> timings = new ArrayList<>();
        HandoutReport report = renderAndCheck(handout, timings);
        if (settings.check()) {
            manifest.record(handout.slug(), new BuildManifest.Entry(inputs, report.passed()));
        }
        return HandoutResult.built(handout.source(), report, parsed.warnings(), since(start)).withTimings(timings);
    }

    private HandoutReport renderAndCheck(Handout handout, List<FormatTiming> timings)
            throws IOException, InvalidHandoutException {
        Path folder = outputFolder(handout);
        Outline expected = Outline.of(handout);
        try (StagedOutput staged = new StagedOutput()) {
            List<FormatReport> formats = new ArrayList<>();
            for (OutputFormat format : chosenFormats()) {
                Path target = folder.resolve(format.fileName(handout.slug()));
                Path file = staged.stage(target);
                Rendition rendition = renditions.get(format);
                long renderStart = System.nanoTime();
                try (OutputStream out = Files.newOutputStream(file)) {
                    rendition.renderer().write(handout, rendition.profile(), out);
                }
                long checkStart = System.nanoTime();
                formats.add(settings.check()
                        ? check.check(format, file, target.getFileName().toString(), expected)
                        : FormatReport.unchecked(format, target.getFileName().toString(), Files.size(file)));
                long end = System.nanoTime();
                timings.add(new FormatTiming(format, Duration.ofNanos(checkStart - renderStart), Duration.ofNanos(end - checkStart)));
            }
            HandoutReport report = report(handout, formats);
            if (settings.check()) {
                writeReports(report, staged, folder);
            }
            staged.commit();
            return report;
        }
    }

    private HandoutResult checkExisting(ParsedHandout parsed, long start) throws IOException {
        Handout handout = parsed.handout();
        Path folder = settings.out().resolve(handout.slug());
        Outline expected = Outline.of(handout);
        List<FormatReport> formats = new ArrayList<>();
        for (OutputFormat format : chosenFormats()) {
            Path file = folder.resolve(format.fileName(handout.slug()));
            if (Files.isRegularFile(file)) {
                formats.add(check.check(format, file, file.getFileName().toString(), expected));
            }
        }
        HandoutReport report = report(handout, formats);
        try (StagedOutput staged = new StagedOutput()) {
            writeReports(report, staged, folder);
            staged.commit();
        }
        manifest.forget(handout.slug());
        return HandoutResult.built(handout.source(), report, parsed.warnings(), since(start));
    }

    private List<OutputFormat> chosenFormats() {
        return Arrays.stream(OutputFormat.values()).filter(settings.formats()::contains).toList();
    }

    private Path outputFolder(Handout handout) throws IOException {
        Path folder = settings.out().resolve(handout.slug());
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot write to the output folder " + folder + " (" + OneLineErrors.describe(e) + ")", e);
        }
    }

    private HandoutReport report(Handout handout, List<FormatReport> formats) {
        return new HandoutReport(handout.slug(), handout.meta().title(), handout.meta().languageTag(),
                handout.meta().summary(), handout.meta().reviewed(), handout.source().toString(), settings.check(), formats);
    }

    private static void writeReports(HandoutReport report, StagedOutput staged, Path folder) throws IOException {
        try (OutputStream out = Files.newOutputStream(staged.stage(folder.resolve("report.json")))) {
            ReportJson.write(report, out);
        }
        try (OutputStream out = Files.newOutputStream(staged.stage(folder.resolve("report.html")))) {
            ReportHtml.write(report, out);
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
