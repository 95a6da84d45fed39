package org.handout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.handout.build.BuildManifest;
import org.handout.check.report.JsonMapping;
import org.handout.build.BuildSettings;
import org.handout.build.HandoutBuilder;
import org.handout.build.HandoutResult;
import org.handout.build.LibraryIndex;
import org.handout.format.OutputFormats;
import org.handout.source.HandoutParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Re-reads the outputs already in OUT against their sources and rewrites each report, "
                + "e.g. after someone edited a DOCX by hand. Nothing is rendered.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "OUT", arity = "0..1", defaultValue = "output",
            description = "Output folder of an earlier build (default: ${DEFAULT-VALUE}).")
    private Path out;

    @CommandLine.Mixin
    private PageSizeOption paper;

    @CommandLine.Mixin
    private BrailleGradeOption grade;

    @CommandLine.Mixin
    private DebugOption debug;

    @Override
    public Integer call() throws IOException {
        List<Path> reports = reportsIn(out);
        if (reports.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), out + " holds no handout reports; run ./handout build first");
        }
        BuildSettings settings = new BuildSettings(out, Set.copyOf(OutputFormats.ALL), paper.pageSize, grade.braille, false,
                true, true, HandoutParser.DEFAULT_MAX_BYTES, debug.debug);
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
        BuildManifest manifest = BuildManifest.load(out);
        // A recheck renders nothing, so no page it writes links anywhere.
        HandoutBuilder builder = new HandoutBuilder(settings, manifest, List.of());
        List<HandoutResult> results = new ArrayList<>();
        console.started(reports.size());
        for (Path report : reports) {
            HandoutResult result = builder.recheck(sourceOf(report));
            console.finished(result);
            results.add(result);
        }
        manifest.save(out);
        LibraryIndex.writeFor(out);
        console.summary(results, true, Console.Action.CHECKED);
        return results.stream().allMatch(HandoutResult::succeeded) ? 0 : 1;
    }

    private static List<Path> reportsIn(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(out)) {
            return folders.map(folder -> folder.resolve("report.json")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Path sourceOf(Path reportJson) throws IOException {
        JsonNode report = JsonMapping.MAPPER.readTree(reportJson.toFile());
        return Path.of(report.path("source").asText());
    }
}
