package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed and its Spanish translation, built by the real command from a copy of source-content/. */
class TranslationSetBuildTest {
    private static final Path SOURCES = Path.of("source-content");
    private static final String DROPPED_ITEM = "- “Me sentía muy estresado”\n";

    @TempDir
    Path dir;
    private Path seed;
    private Path spanish;

    @BeforeEach
    void copyTheSeedAndItsTranslation() throws IOException {
        seed = Files.copy(SOURCES.resolve("understanding-relapse.md"), dir.resolve("understanding-relapse.md"));
        spanish = Files.copy(SOURCES.resolve("understanding-relapse-es.md"), dir.resolve("understanding-relapse-es.md"));
    }

    private CommandRun build(String... options) {
        String[] args = new String[6 + options.length];
        System.arraycopy(new String[] {"build", seed.toString(), spanish.toString(), "--out", dir.resolve("output").toString(),
                "--formats=html,large-print-html"}, 0, args, 0, 6);
        System.arraycopy(options, 0, args, 6, options.length);
        return CommandRun.of(args);
    }

    private Document page(String file) throws IOException {
        return Jsoup.parse(dir.resolve("output").resolve(file).toFile());
    }

    @Test
    void buildsTheSetWithoutWarningsAndShowsItOnTheLibraryPage() throws IOException {
        CommandRun run = build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("warning");
        Element set = page("index.html").selectFirst("#handout-understanding-relapse").closest("li");
        assertThat(set.select("h2, h3").eachText()).containsExactly("Understanding relapse", "Entender la recaída");
        assertThat(set.select(".facts dt:matchesOwn(^Translation$) + dd").eachText()).containsExactly("matches its source");
    }

    @Test
    void linksEachLanguageToTheOtherInItsOwnName() throws IOException {
        build();

        Document english = page("understanding-relapse/understanding-relapse.html");
        Document spanishPage = page("understanding-relapse-es/understanding-relapse-es-large-print.html");
        assertThat(english.select("nav.versions p").last().text()).isEqualTo("Also in: Español");
        assertThat(english.selectFirst("link[rel=alternate]").attr("hreflang")).isEqualTo("es-US");
        assertThat(spanishPage.select("nav.versions a[hreflang]").eachAttr("href"))
                .containsExactly("../understanding-relapse/understanding-relapse-large-print.html");
        assertThat(spanishPage.select("nav.versions a[hreflang]").eachText()).containsExactly("English");
    }

    /** Every relative link of a page's version links, resolved beside the page. */
    private List<Path> versionLinkTargets(String file) throws IOException {
        Path pageFile = dir.resolve("output").resolve(file);
        return page(file).select("nav.versions a").eachAttr("href").stream()
                .map(href -> pageFile.resolveSibling(URLDecoder.decode(href, StandardCharsets.UTF_8)).normalize()).toList();
    }

    @Test
    void aPageBuiltAloneLinksNeitherTheOtherPrintSizeNorALanguageNeverBuilt() throws IOException {
        CommandRun run = CommandRun.of("build", spanish.toString(), "--out", dir.resolve("output").toString(), "--formats", "html");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(page("understanding-relapse-es/understanding-relapse-es.html").select("nav.versions a")).isEmpty();
        assertThat(page("understanding-relapse-es/understanding-relapse-es.html").select("link[rel=alternate]")).isEmpty();
    }

    @Test
    void aPageLinksOnlyVersionsAnEarlierBuildLeftOrThisOneWrites() throws IOException {
        CommandRun english = CommandRun.of("build", seed.toString(), "--out", dir.resolve("output").toString(),
                "--formats", "html,large-print-html");
        CommandRun spanishAlone = CommandRun.of("build", spanish.toString(), "--out", dir.resolve("output").toString(),
                "--formats", "html");

        assertThat(english.exitCode()).isZero();
        assertThat(spanishAlone.exitCode()).isZero();
        assertThat(versionLinkTargets("understanding-relapse-es/understanding-relapse-es.html"))
                .containsExactly(dir.resolve("output/understanding-relapse/understanding-relapse.html"))
                .allSatisfy(target -> assertThat(target).isRegularFile());
        assertThat(versionLinkTargets("understanding-relapse/understanding-relapse.html"))
                .containsExactly(dir.resolve("output/understanding-relapse/understanding-relapse-large-print.html"));
    }

    @Test
    void aVersionLeftByABuildBeforeItsSourceChangedIsNotLinked() throws IOException {
        CommandRun both = build();
        Files.setLastModifiedTime(seed, FileTime.from(Instant.now().plusSeconds(60)));
        CommandRun spanishAlone = CommandRun.of("build", spanish.toString(), "--out", dir.resolve("output").toString(),
                "--formats", "html", "--force");

        assertThat(both.exitCode()).isZero();
        assertThat(spanishAlone.exitCode()).isZero();
        assertThat(page("understanding-relapse-es/understanding-relapse-es.html").select("nav.versions a").eachText())
                .containsExactly("Letra grande");
    }

    @Test
    void warnsWithTheExactMismatchWhenAListItemIsEditedOutOfTheTranslation() throws IOException {
        Files.writeString(spanish, Files.readString(spanish).replace(DROPPED_ITEM, ""));

        CommandRun run = build();

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines()).contains("handout: " + spanish
                + ": warning: translation of understanding-relapse: list 1 has 3 items, the source has 4");
        assertThat(run.out()).contains("1 translation does not match its source or may be out of date; see the warnings above.");
        assertThat(page("index.html").select(".warnings li").eachText())
                .containsExactly("list 1 has 3 items, the source has 4");
        assertThat(page("understanding-relapse-es/report.html").select("h2:contains(Translation of) + ul li").eachText())
                .containsExactly("list 1 has 3 items, the source has 4");
    }

    @Test
    void failsTheBuildOnAMismatchUnderStrictTranslations() throws IOException {
        Files.writeString(spanish, Files.readString(spanish).replace(DROPPED_ITEM, ""));

        CommandRun run = build("--strict-translations");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("--strict-translations fails the build.");
    }

    @Test
    void passesUnderStrictTranslationsWhenTheTranslationMatches() {
        assertThat(build("--strict-translations").exitCode()).isZero();
    }

    @Test
    void warnsOnceTheSourceIsReviewedAfterItsTranslation() throws IOException {
        Files.writeString(seed, Files.readString(seed).replace("keywords:", "reviewed: 2026-12-15\nkeywords:"));

        CommandRun run = build();

        assertThat(run.err()).contains(": warning: translation of understanding-relapse: may be out of date: the source"
                + " changed on 2026-12-15 (its reviewed date), after this translation was reviewed on 2026-12-01");
    }
}
