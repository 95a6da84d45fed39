package org.handout.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.handout.check.ExpectedContent;
import org.handout.check.FidelityCheck;
import org.handout.check.FormatCheck;
import org.handout.check.FormatReport;
import org.handout.check.HandoutReport;
import org.handout.check.OutputValidator;
import org.handout.check.TranslationStatus;
import org.handout.check.translation.Staleness;
import org.handout.check.translation.TranslationParity;
import org.handout.check.report.ReportHtml;
import org.handout.render.html.WebFonts;
import org.jsoup.nodes.Document;
import org.handout.check.report.ReportJson;
import org.handout.format.OutputFormat;
import org.handout.format.OutputFormats;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.model.LanguageVersion;
import org.handout.model.SourceSpan;
import org.handout.render.PageWords;
import org.handout.source.HandoutParser;
import org.handout.source.ParsedHandout;
import org.handout.source.SourceHeader;
import org.handout.source.SourceWarning;

/**
 * Builds one handout: parse, render every chosen format to staged files, read each back and
 * check it, then move the files and the report into place together. Shared by every thread of a
 * batch: it holds only immutable, thread-safe parts (fonts and validators are loaded once).
 */
public final class HandoutBuilder {
    private final BuildSettings settings;
    private final HandoutParser parser;
    /** The chosen formats in build and report order, braille in the chosen grade. */
    private final List<OutputFormat> formats;
    private final Map<OutputFormat, FormatCheck> checks = new HashMap<>();
    private final FidelityCheck check = new FidelityCheck();
    private final BuildManifest manifest;
    private final String buildWideInputs;
    /**
     * Renders and checks the formats of a handout side by side, so a one-handout build uses every
     * core too; idle threads end after a few seconds.
     */
    private final ExecutorService formatWorkers = formatWorkers();
    private final Map<Path, TranslationSets> translationSets = new ConcurrentHashMap<>();
    private final Set<Path> batch;
    static final String UNCOMPARABLE = "cannot be compared with its source, which does not build; see the source's own error";

    /**
     * @param batch the sources this build builds: the other languages among them will have their pages, which
     *              the web pages may link to
     */
    public HandoutBuilder(BuildSettings settings, BuildManifest manifest, List<Path> batch) {
        this.settings = settings;
        this.batch = batch.stream().map(HandoutBuilder::normalized).collect(Collectors.toUnmodifiableSet());
        this.manifest = manifest;
        this.parser = new HandoutParser(settings.maxSourceBytes());
        this.formats = OutputFormats.all(settings.braille()).stream()
                .filter(format -> settings.formats().stream().anyMatch(chosen -> chosen.id().equals(format.id())))
                .toList();
        List<String> buildWide = new ArrayList<>(List.of(ToolVersion.identity(), settings.braille().toString()));
        for (OutputFormat format : formats) {
            checks.put(format, format.check(settings.pageSize()));
            buildWide.add(format.id());
            buildWide.add(format.profileFor(settings.pageSize()).toString());
            format.css(settings.pageSize()).ifPresent(buildWide::add);
        }
        buildWide.add(String.valueOf(settings.check()));
        this.buildWideInputs = InputFingerprint.buildWide(buildWide);
    }

    private static ExecutorService formatWorkers() {
        int cores = Runtime.getRuntime().availableProcessors();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(cores, cores, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "handout-format");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Renders every chosen format, checks each file, and moves files and report into place; a
     * handout whose inputs are unchanged since its last checked build is left as it is, and that
     * build's report stands, passed or failed.
     */
    public HandoutResult build(Path source) {
        long start = System.nanoTime();
        return unchangedBeforeParsing(source, start).orElseGet(() -> run(source, this::buildUnlessUpToDate));
    }

    /** Checks the outputs an earlier build left for {@code source} and rewrites its report. */
    public HandoutResult recheck(Path source) {
        return run(source, this::checkExisting);
    }

    /** One step of work on a parsed handout; the failure handling around it is shared. */
    private interface Step {
        HandoutResult apply(ParsedHandout parsed, Optional<TranslationStatus> translation, long startNanos)
                throws IOException, InvalidHandoutException;
    }

    private HandoutResult run(Path source, Step step) {
        long start = System.nanoTime();
        try {
            ParsedHandout parsed = parse(source);
            TranslationSets set = translationSetsOf(parsed.handout().source());
            Versions versions = versionsThere(SourceHeader.of(parsed.handout()), set);
            Handout handout = parsed.handout().withOtherLanguages(versions.languages())
                    .withOtherPrintSize(versions.otherPrintSize());
            return step.apply(new ParsedHandout(handout, parsed.warnings()), translationStatus(handout, set), start);
        } catch (InvalidHandoutException e) {
            manifest.forget(Handout.slugOf(source));
            return HandoutResult.failed(source, e.getMessage(), since(start));
        } catch (IOException | RuntimeException e) {
            manifest.forget(Handout.slugOf(source));
            if (settings.debug()) {
                e.printStackTrace();
            }
            return HandoutResult.failed(source, source + ": " + OneLineMessage.of(e), since(start));
        }
    }

    /** The other versions a handout's web pages link to: the languages of its set, in order, and the other print size. */
    private record Versions(List<LanguageVersion> languages, boolean otherPrintSize) {
    }

    /**
     * The other versions its web pages may link to: those whose pages are there once this build
     * ends, for every web page it writes. A page is there when this build writes it (the other print size among
     * the chosen formats, another language among the batch's sources) or an earlier build left it no older than
     * its source; never built, or left by a build before its source changed, it is not linked.
     */
    private Versions versionsThere(SourceHeader handout, TranslationSets set) {
        List<OutputFormat> pages = formats.stream().filter(OutputFormats::isWebPage).toList();
        boolean otherPrintSize = pages.stream().map(OutputFormats::otherPrintSize)
                .allMatch(other -> chosen(other) || isCurrent(other, handout));
        List<LanguageVersion> languages = set.otherVersions(handout).stream()
                .filter(other -> batch.contains(normalized(other.source())) || pages.stream().allMatch(page -> isCurrent(page, other)))
                .map(other -> new LanguageVersion(other.slug(), other.lang()))
                .toList();
        return new Versions(languages, otherPrintSize);
    }

    private boolean chosen(OutputFormat format) {
        return formats.stream().anyMatch(f -> f.id().equals(format.id()));
    }

    private boolean isCurrent(OutputFormat format, SourceHeader handout) {
        Path file = settings.out().resolve(handout.slug()).resolve(format.fileName(handout.slug()));
        try {
            return Files.isRegularFile(file)
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(handout.source())) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path normalized(Path source) {
        return source.toAbsolutePath().normalize();
    }

    /** The source as its folder's translation sets parsed it, or parsed here when they could not (its error is its own). */
    private ParsedHandout parse(Path source) throws IOException, InvalidHandoutException {
        Optional<ParsedHandout> parsed = Files.isRegularFile(source) ? translationSetsOf(source).parsed(source) : Optional.empty();
        return parsed.isPresent() ? parsed.get() : parser.parse(source);
    }

    /** The sets of the source's folder, read once per build. */
    private TranslationSets translationSetsOf(Path source) throws IOException {
        Path folder = source.toAbsolutePath().normalize().getParent();
        Path listed = source.getParent() == null ? Path.of("") : source.getParent();
        try {
            return translationSets.computeIfAbsent(folder, f -> {
                try {
                    return TranslationSets.of(listed, parser);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** For a translation, its mismatches with its source and whether it may be out of date. */
    private static Optional<TranslationStatus> translationStatus(Handout handout, TranslationSets set) {
        Optional<String> sourceSlug = handout.meta().translationOf();
        if (sourceSlug.isEmpty()) {
            return Optional.empty();
        }
        Optional<Handout> source = set.handout(sourceSlug.get());
        if (source.isEmpty()) {
            return Optional.of(new TranslationStatus(sourceSlug.get(), List.of(UNCOMPARABLE)));
        }
        List<String> warnings = new ArrayList<>(TranslationParity.mismatches(source.get(), handout));
        Staleness.warning(handout.meta().reviewed(), source.get().meta().reviewed(),
                GitHistory.lastCommitDate(source.get().source())).ifPresent(warnings::add);
        return Optional.of(new TranslationStatus(sourceSlug.get(), warnings));
    }

    /**
     * Answers a handout unchanged since its last checked build from that build's report, without
     * parsing its Markdown: the manifest names the images its source showed, which the same source
     * still shows. A translation takes the whole path, since its status compares whole parses; so
     * does anything this cannot read, and the whole path reports it.
     */
    private Optional<HandoutResult> unchangedBeforeParsing(Path source, long start) {
        Optional<BuildManifest.Entry> entry = manifest.entry(Handout.slugOf(source));
        if (!lastReportsMayStand() || entry.isEmpty() || !Files.isRegularFile(source)) {
            return Optional.empty();
        }
        try {
            TranslationSets set = translationSetsOf(source);
            Optional<SourceHeader> header = set.header(source).filter(h -> h.translationOf().isEmpty());
            if (header.isEmpty()) {
                return Optional.empty();
            }
            String inputs = InputFingerprint.of(source, entry.get().imagesOf(source),
                    context(versionsThere(header.get(), set), Optional.empty()));
            return lastReportIfUnchanged(source, inputs, start);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A last build's report stands for an unchanged handout unless --force, or --no-check (which records none). */
    private boolean lastReportsMayStand() {
        return !settings.force() && settings.check();
    }

    /** What a handout's outputs depend on beyond its source and images: the links to its other versions, its translation status. */
    private String context(Versions versions, Optional<TranslationStatus> translation) {
        return buildWideInputs + versions.languages() + versions.otherPrintSize() + translation;
    }

    /**
     * The last build's report, when that build had the same inputs and its report and every file it
     * made are still there. A check that failed fails again on the same inputs (every output is a
     * function of them), so a failed report stands too, and still fails the build.
     */
    private Optional<HandoutResult> lastReportIfUnchanged(Path source, String inputs, long start) throws IOException {
        String slug = Handout.slugOf(source);
        Path folder = settings.out().resolve(slug);
        Path reportJson = folder.resolve("report.json");
        if (!lastReportsMayStand() || !manifest.entry(slug).map(e -> e.inputs().equals(inputs)).orElse(false)
                || !Files.isRegularFile(reportJson)) {
            return Optional.empty();
        }
        HandoutReport report = ReportJson.read(reportJson, OutputFormats::name);
        boolean filesThere = report.formats().stream().filter(f -> f.unavailable().isEmpty())
                .allMatch(f -> Files.isRegularFile(folder.resolve(f.file())));
        return filesThere ? Optional.of(HandoutResult.upToDate(source, report, since(start))) : Optional.empty();
    }

    private HandoutResult buildUnlessUpToDate(ParsedHandout parsed, Optional<TranslationStatus> translation, long start)
            throws IOException, InvalidHandoutException {
        Handout handout = parsed.handout();
        refuseNamedFormatsNotAvailable(handout);
        List<Path> images = InputFingerprint.images(handout);
        String inputs = InputFingerprint.of(handout.source(), images,
                context(new Versions(handout.otherLanguages(), handout.otherPrintSize()), translation));
        Optional<HandoutResult> unchanged = lastReportIfUnchanged(handout.source(), inputs, start);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        if (settings.check()) {
            checks.values().forEach(c -> c.validator().ifPresent(OutputValidator::prepare));
        }
        List<FormatTiming> timings = new ArrayList<>();
        HandoutReport report = renderAndCheck(handout, translation, timings);
        if (settings.check()) {
            manifest.record(handout.slug(), BuildManifest.Entry.of(inputs, report.passed(), handout.source(), images));
        }
        return HandoutResult.built(handout.source(), report, withPageWordsWarning(parsed), since(start)).withTimings(timings);
    }

    /** A language without its page words gets English ones, which the editor should know. */
    private static List<SourceWarning> withPageWordsWarning(ParsedHandout parsed) {
        Handout handout = parsed.handout();
        Optional<String> missing = PageWords.of(handout.meta().lang()).missing();
        if (missing.isEmpty()) {
            return parsed.warnings();
        }
        List<SourceWarning> warnings = new ArrayList<>(parsed.warnings());
        warnings.add(new SourceWarning(handout.source(), SourceSpan.UNKNOWN, "no page words for " + missing.get()
                + ": the page numbers, review date, skip link and call-out labels are in English"));
        return warnings;
    }

    private HandoutReport renderAndCheck(Handout handout, Optional<TranslationStatus> translation, List<FormatTiming> timings)
            throws IOException, InvalidHandoutException {
        Path folder = outputFolder(handout);
        ExpectedContent expected = expectedContent(handout);
        try (StagedOutput staged = new StagedOutput()) {
            List<CompletableFuture<FormatOutcome>> pending = new ArrayList<>();
            for (OutputFormat format : formats) {
                Optional<String> unavailable = unavailable(handout, format);
                if (unavailable.isPresent()) {
                    staged.withdraw(folder.resolve(format.fileName(handout.slug())));
                    pending.add(CompletableFuture.completedFuture(new FormatOutcome(
                            unavailableReport(handout, format, unavailable.get()), new FormatTiming(format, Duration.ZERO, Duration.ZERO))));
                    continue;
                }
                Path target = folder.resolve(format.fileName(handout.slug()));
                Path file = staged.stage(target);
                pending.add(CompletableFuture.supplyAsync(() -> renderAndCheck(handout, format, file, target, expected), formatWorkers));
            }
            List<FormatReport> reports = new ArrayList<>();
            for (FormatOutcome outcome : awaitAll(pending)) {
                reports.add(outcome.report());
                timings.add(outcome.timing());
            }
            HandoutReport report = report(handout, reports, translation);
            if (settings.check()) {
                writeReports(report, staged, folder);
            }
            staged.commit();
            return report;
        }
    }

    /** One format of one handout, rendered to its staged file and checked. */
    private record FormatOutcome(FormatReport report, FormatTiming timing) {
    }

    /**
     * A format that cannot be made for a handout is reported as not available, unless the user
     * named the formats: then they asked for this one, and the handout fails before anything is written.
     */
    private void refuseNamedFormatsNotAvailable(Handout handout) throws InvalidHandoutException {
        if (!settings.formatsNamed()) {
            return;
        }
        for (OutputFormat format : formats) {
            Optional<String> unavailable = unavailable(handout, format);
            if (unavailable.isPresent()) {
                throw new InvalidHandoutException(handout.source(), SourceSpan.UNKNOWN, format.id()
                        + " was asked for with --formats but is " + unavailable.get());
            }
        }
    }

    private static FormatReport unavailableReport(Handout handout, OutputFormat format, String why) {
        return FormatReport.unavailable(format.nameFor(handout), format.fileName(handout.slug()), why);
    }

    /**
     * The one line every format that cannot be made for a handout shows, whatever the reason its
     * renderer gives (no braille table, a script the PDF engine cannot shape):
     * "not available for Hindi (hi): the PDF engine cannot shape Devanagari script".
     */
    private static Optional<String> unavailable(Handout handout, OutputFormat format) {
        Locale language = handout.meta().lang();
        return format.renderer().unavailableFor(handout).map(reason -> "not available for "
                + language.getDisplayLanguage(Locale.ENGLISH) + " (" + language.toLanguageTag() + "): " + reason);
    }

    private FormatOutcome renderAndCheck(Handout handout, OutputFormat format, Path file, Path target,
                                         ExpectedContent expected) {
        try {
            long renderStart = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(file)) {
                format.renderer().write(handout, format.profileFor(settings.pageSize()), out);
            }
            long checkStart = System.nanoTime();
            FormatReport report = settings.check()
                    ? check.check(checks.get(format), file, target.getFileName().toString(), expected)
                            .named(format.nameFor(handout))
                    : FormatReport.unchecked(format.nameFor(handout), target.getFileName().toString(), Files.size(file));
            long end = System.nanoTime();
            return new FormatOutcome(report,
                    new FormatTiming(format, Duration.ofNanos(checkStart - renderStart), Duration.ofNanos(end - checkStart)));
        } catch (IOException | InvalidHandoutException e) {
            throw new CompletionException(e);
        }
    }

    /**
     * Waits for every format, also after one has failed, so no renderer is still writing when
     * the staged files are removed; then reports the first failure in format order.
     */
    private static List<FormatOutcome> awaitAll(List<CompletableFuture<FormatOutcome>> pending)
            throws IOException, InvalidHandoutException {
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).handle((ignored, failure) -> null).join();
        List<FormatOutcome> outcomes = new ArrayList<>();
        for (CompletableFuture<FormatOutcome> future : pending) {
            try {
                outcomes.add(future.join());
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof InvalidHandoutException invalid) {
                    throw invalid;
                }
                throw cause instanceof RuntimeException runtime ? runtime : e;
            }
        }
        return outcomes;
    }

    private HandoutResult checkExisting(ParsedHandout parsed, Optional<TranslationStatus> translation, long start)
            throws IOException {
        Handout handout = parsed.handout();
        Path folder = settings.out().resolve(handout.slug());
        ExpectedContent expected = expectedContent(handout);
        List<FormatReport> reports = new ArrayList<>();
        for (OutputFormat format : formats) {
            Path file = folder.resolve(format.fileName(handout.slug()));
            Optional<String> unavailable = unavailable(handout, format);
            if (unavailable.isPresent()) {
                reports.add(unavailableReport(handout, format, unavailable.get()));
            } else if (Files.isRegularFile(file)) {
                reports.add(check.check(checks.get(format), file, file.getFileName().toString(), expected)
                        .named(format.nameFor(handout)));
            }
        }
        HandoutReport report = report(handout, reports, translation);
        try (StagedOutput staged = new StagedOutput()) {
            writeReports(report, staged, folder);
            staged.commit();
        }
        manifest.forget(handout.slug());
        return HandoutResult.built(handout.source(), report, parsed.warnings(), since(start));
    }

    private Path outputFolder(Handout handout) throws IOException {
        Path folder = settings.out().resolve(handout.slug());
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot write to the output folder " + folder + " (" + OneLineMessage.of(e) + ")", e);
        }
    }

    private HandoutReport report(Handout handout, List<FormatReport> formats, Optional<TranslationStatus> translation) {
        return new HandoutReport(handout.slug(), handout.meta().title(), handout.meta().languageTag(),
                handout.meta().summary(), handout.meta().reviewed(), shownPath(handout.source()), settings.check(), formats,
                handout.meta().keywords(), translation);
    }

    /**
     * The source as reports show it: relative to the folder handout runs in when it lies inside
     * it, so no report carries the layout of the machine that built it.
     */
    private static String shownPath(Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        Path project = Path.of("").toAbsolutePath();
        return absolute.startsWith(project) ? project.relativize(absolute).toString() : absolute.toString();
    }

    private static void writeReports(HandoutReport report, StagedOutput staged, Path folder) throws IOException {
        try (OutputStream out = Files.newOutputStream(staged.stage(folder.resolve("report.json")))) {
            ReportJson.write(report, out);
        }
        Document page = ReportHtml.document(report);
        WebFonts.embed(page, false);
        Files.writeString(staged.stage(folder.resolve("report.html")), page.outerHtml(), StandardCharsets.UTF_8);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Call-out labels are page words: the check expects them in the handout's language, as the renderers print them. */
    private static ExpectedContent expectedContent(Handout handout) {
        return ExpectedContent.of(handout, PageWords.of(handout.meta().lang())::label);
    }
}
