package org.handout.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.handout.braille.BrailleSettings;
import org.handout.braille.NoBrailleTable;
import org.handout.build.LibraryIndex;
import org.handout.build.LinkTargets;
import org.handout.check.HandoutReport;
import org.handout.check.report.ReportJson;
import org.handout.format.OutputFormats;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;


/** The library page the real build command writes after building every handout in source-content/. */
class LibraryIndexOfARealBuildTest {
    private static final Path SOURCES = Path.of("source-content");

    @TempDir
    static Path out;
    private static List<Path> sources;
    private static List<HandoutReport> reports;
    private static Document index;

    @BeforeAll
    static void buildEveryHandout() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        CommandRun build = CommandRun.of("build", "--out", out.toString());
        assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
        reports = new ArrayList<>();
        for (Path source : sources) {
            String slug = source.getFileName().toString().replaceFirst("\\.md$", "");
            reports.add(ReportJson.read(out.resolve(slug).resolve("report.json"), OutputFormats::name));
        }
        index = Jsoup.parse(out.resolve("index.html").toFile());
    }

    @Test
    void isWrittenByTheBuildAsItWouldBeFromTheReportsOnDisk() throws IOException {
        assertThat(out.resolve("index.html")).content().isEqualTo(LibraryIndex.html(reports));
    }

    @Test
    void hasOneEntryPerSource() {
        assertThat(index.select("article.handout")).hasSize(sources.size());
        assertThat(index.select("article.handout > h2, article.handout > h3").eachText())
                .containsExactlyInAnyOrderElementsOf(reports.stream().map(HandoutReport::title).toList());
    }

    @Test
    void everyLinkResolvesToAnExistingFile() throws IOException {
        // Every format and the check report, but no BRF for a handout in a language braille has no table for.
        long withoutBraille = reports.stream().filter(report -> BrailleSettings.DEFAULT
                .codeFor(Locale.forLanguageTag(report.lang())) instanceof NoBrailleTable).count();
        assertThat(LinkTargets.of(out.resolve("index.html")))
                .hasSize((int) ((OutputFormats.ALL.size() + 1) * sources.size() - withoutBraille));
        assertThat(LinkTargets.unresolved(out.resolve("index.html"))).isEmpty();
    }

    @Test
    void showsTheSizeOfTheFileOnDisk() throws IOException {
        Path pdf = out.resolve("understanding-relapse").resolve("understanding-relapse.pdf");

        assertThat(index.select("a[href=understanding-relapse/understanding-relapse.pdf]").first().parent().text())
                .startsWith("PDF " + LibraryIndex.readableSize(Files.size(pdf)) + ", ");
    }

    @Test
    void showsTheSeedHandoutPassedEveryCheck() {
        assertThat(index.select(".failed")).isEmpty();
        assertThat(index.select(".formats li")).allSatisfy(format -> assertThat(format.text()).matches(".* check passed"));
        assertThat(index.select(".formats li").eachText()).anyMatch(text -> text.startsWith("Braille (Spanish grade 1) "));
    }
}
