package org.handout.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.handout.build.Batch;
import org.handout.build.BuildSettings;
import org.handout.build.HandoutResult;
import org.handout.build.LibraryIndex;
import org.handout.build.Shard;
import org.handout.build.TimingsFile;
import org.handout.format.OutputFormat;
import org.handout.format.OutputFormats;
import org.handout.source.HandoutParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Converts handouts into every format, checks each output and writes a report per handout. "
                + "Without FILES, builds every *.md in source-content/.")
final class BuildCommand implements Callable<Integer> {
    static final Path DEFAULT_SOURCES = Path.of("source-content");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILES", arity = "0..*", description = "Markdown handouts to build (default: source-content/*.md).")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Folder the handouts are written to (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",",
            description = "Formats to write, comma-separated: html, large-print-html, pdf, large-print-pdf, docx, "
                    + "large-print-docx, braille (default: all; a format named here that cannot be made for a handout "
                    + "fails it).",
            converter = FormatConverter.class)
    private List<OutputFormat> formats;

    @CommandLine.Mixin
    private PageSizeOption paper;

    @CommandLine.Mixin
    private BrailleGradeOption grade;

    @Option(names = "--jobs", paramLabel = "N", description = "Handouts built at once (default: number of processors).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-check", description = "Skip reading the outputs back and validating them (no report is written).")
    private boolean noCheck;

    @Option(names = "--force", description = "Rebuild every handout, also those unchanged since their last build.")
    private boolean force;

    @Option(names = "--strict-translations",
            description = "Fail the build when a translation's structure differs from its source's or it may be out of date.")
    private boolean strictTranslations;

    @Option(names = "--max-source-bytes", paramLabel = "BYTES",
            description = "Largest source file accepted (default: ${DEFAULT-VALUE}).")
    private long maxSourceBytes = HandoutParser.DEFAULT_MAX_BYTES;

    @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class,
            description = "Build only part K of N of the handouts, split by name, so N machines or jobs can build one "
                    + "library into one output folder (default: 1/1, all).")
    private Shard shard = Shard.WHOLE;

    @Option(names = "--timings", paramLabel = "FILE",
            description = "Also write how long each handout and format took, as JSON (for benchmarks).")
    private Path timings;

    @CommandLine.Mixin
    private DebugOption debug;

    @Override
    public Integer call() throws IOException {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        List<Path> given = files.isEmpty() ? sourcesIn(DEFAULT_SOURCES) : files;
        if (given.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no handouts to build: " + DEFAULT_SOURCES
                    + " has no .md files");
        }
        List<Path> sources = shard.of(given);
        boolean named = formats != null;
        Set<OutputFormat> chosen = Set.copyOf(named ? formats : OutputFormats.ALL);
        BuildSettings settings = new BuildSettings(out, chosen, paper.pageSize, grade.braille, named, !noCheck, force,
                maxSourceBytes, debug.debug);
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
        List<HandoutResult> results = new Batch(settings, jobs, console).run(sources);
        if (settings.check() && Files.isDirectory(out)) {
            LibraryIndex.updateFor(out);
        }
        console.summary(results, settings.check(), Console.Action.BUILT);
        console.translations(results, strictTranslations);
        if (timings != null) {
            TimingsFile.write(results, timings);
        }
        boolean translationsFail = strictTranslations && results.stream()
                .anyMatch(r -> r.report().map(report -> !report.translationWarnings().isEmpty()).orElse(false));
        return results.stream().allMatch(HandoutResult::succeeded) && !translationsFail ? 0 : 1;
    }

    static List<Path> sourcesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
    }

    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormats.fromId(value);
            } catch (IllegalArgumentException e) {
                // Without this, picocli shows the exception's class name to the user.
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
