package org.handout.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.build.SampleReports.failing;
import static org.handout.build.SampleReports.passing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.handout.check.FormatReport;
import org.handout.check.HandoutReport;
import org.handout.check.TranslationStatus;
import org.handout.check.report.ReportJson;
import org.handout.format.OutputFormats;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryIndexTest {
    private static final HandoutReport RELAPSE = passing("understanding-relapse", "Understanding relapse", "en-US");
    private static final HandoutReport SLEEP = passing("sleep", "Sleep", "en-US");
    private static final HandoutReport ALCOHOL = passing("alcohol-and-sleep", "alcohol and sleep", "en-US");
    private static final HandoutReport RECAIDA = passing("entender-la-recaida", "Entender la recaída", "es-US");
    private static final HandoutReport RECAIDA_OF_RELAPSE = translationOf(RELAPSE, List.of("list 2 has 3 items, the source has 4"));

    private static HandoutReport translationOf(HandoutReport source, List<String> warnings) {
        return new HandoutReport(RECAIDA.slug(), RECAIDA.title(), RECAIDA.lang(), RECAIDA.summary(), RECAIDA.reviewed(),
                RECAIDA.source(), true, RECAIDA.formats(), List.of("recaída", "opioides"),
                Optional.of(new TranslationStatus(source.slug(), warnings)));
    }

    @TempDir
    Path out;

    private static Document page(List<HandoutReport> reports) {
        return Jsoup.parse(LibraryIndex.html(reports));
    }

    @Test
    void listsOneEntryPerHandout() {
        assertThat(page(List.of(RELAPSE, SLEEP, ALCOHOL)).select("article.handout")).hasSize(3);
    }

    @Test
    void sortsEntriesByTitleIgnoringCase() {
        Document page = page(List.of(RELAPSE, SLEEP, ALCOHOL));

        assertThat(page.select("article h2").eachText())
                .containsExactly("alcohol and sleep", "Sleep", "Understanding relapse");
    }

    @Test
    void givesEachHandoutASecondLevelHeading() {
        Document page = page(List.of(RELAPSE, SLEEP, RECAIDA));

        assertThat(page.select("h1").eachText()).containsExactly("Handout library");
        assertThat(page.select("article > h2").eachText()).containsExactly("Entender la recaída", "Sleep", "Understanding relapse");
    }

    @Test
    void groupsATranslationUnderItsSourceWithItsLanguages() {
        Document page = page(List.of(RECAIDA_OF_RELAPSE, SLEEP, RELAPSE));

        Element set = page.selectFirst("#handout-understanding-relapse").closest("li");
        assertThat(set.select("article > h2, article > h3").eachText()).containsExactly("Understanding relapse", "Entender la recaída");
        assertThat(set.selectFirst("#handout-entender-la-recaida").tagName()).isEqualTo("h3");
        Element translations = set.selectFirst("article").select(".facts dt:contains(Translations) + dd").first();
        assertThat(translations.text()).isEqualTo("Español");
        assertThat(translations.selectFirst("a").attr("href")).isEqualTo("#handout-entender-la-recaida");
        assertThat(translations.selectFirst("a").attr("lang")).isEqualTo("es-US");
    }

    @Test
    void showsATranslationsWarningsInItsEntry() {
        Element translation = page(List.of(RECAIDA_OF_RELAPSE, RELAPSE)).select("article").get(1);

        assertThat(translation.select(".facts dt:contains(Translation) + dd").text()).isEqualTo("1 warning");
        assertThat(translation.select(".warnings li").eachText()).containsExactly("list 2 has 3 items, the source has 4");
    }

    @Test
    void saysATranslationWithoutWarningsMatchesItsSource() {
        HandoutReport current = translationOf(RELAPSE, List.of());

        assertThat(page(List.of(current, RELAPSE)).select("article").get(1).select(".facts dt:contains(Translation) + dd").text())
                .isEqualTo("matches its source");
    }

    @Test
    void offersAFilterByLanguageThatOnlyTheScriptShows() {
        Document page = page(List.of(RECAIDA_OF_RELAPSE, SLEEP, RELAPSE));

        assertThat(page.selectFirst("form.filter").hasAttr("hidden")).isTrue();
        assertThat(page.select("#filter-language option").eachAttr("value")).containsExactly("", "en", "es");
        assertThat(page.select("#filter-language option").eachText())
                .containsExactly("Every language", "English", "Spanish – español");
        assertThat(page.select("article.handout").eachAttr("data-language")).containsExactly("en", "en", "es");
        assertThat(page.select("article.handout")).allSatisfy(entry -> assertThat(entry.hasAttr("hidden")).isFalse());
    }

    @Test
    void searchesTitleSummaryAndKeywordsWithoutCaseOrAccents() {
        Element entry = page(List.of(RECAIDA_OF_RELAPSE, RELAPSE)).selectFirst("#handout-entender-la-recaida").parent();

        assertThat(entry.attr("data-search")).isEqualTo("entender la recaida what entender la recaida is about. recaida opioides");
    }

    @Test
    void announcesHowManyHandoutsAreShownInALiveRegion() {
        Element count = page(List.of(RELAPSE, SLEEP)).selectFirst("#filter-count");

        assertThat(count.attr("role")).isEqualTo("status");
        assertThat(count.text()).isEqualTo("Showing all 2 handouts.");
        assertThat(LibraryIndex.showing(1, 2)).isEqualTo("Showing 1 of 2 handouts.");
    }

    @Test
    void marksTitleAndSummaryWithTheHandoutsLanguage() {
        Element entry = page(List.of(RECAIDA, RELAPSE)).selectFirst("#handout-entender-la-recaida");

        assertThat(entry.attr("lang")).isEqualTo("es-US");
        assertThat(entry.parent().selectFirst(".summary").attr("lang")).isEqualTo("es-US");
        assertThat(page(List.of(RELAPSE)).selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void showsSummaryLanguageReviewedDateAndVerdict() {
        Element entry = page(List.of(RELAPSE)).selectFirst("article");

        assertThat(entry.selectFirst(".summary").text()).isEqualTo("What understanding relapse is about.");
        assertThat(entry.select(".facts dt").eachText()).containsExactly("Language", "Reviewed", "Check");
        assertThat(entry.select(".facts dd").eachText()).containsExactly("English (United States)",
                "1 November 2026", "every format complete and valid");
        assertThat(entry.selectFirst("time").attr("datetime")).isEqualTo("2026-11-01");
    }

    @Test
    void linksEveryFormatAndTheCheckReportRelativeToTheOutputFolder() {
        Element entry = page(List.of(RELAPSE)).selectFirst("article");

        assertThat(entry.select("a").eachAttr("href")).containsExactly(
                "understanding-relapse/understanding-relapse.html",
                "understanding-relapse/understanding-relapse-large-print.html",
                "understanding-relapse/understanding-relapse.pdf",
                "understanding-relapse/understanding-relapse-large-print.pdf",
                "understanding-relapse/understanding-relapse.docx",
                "understanding-relapse/understanding-relapse-large-print.docx",
                "understanding-relapse/understanding-relapse.brf",
                "understanding-relapse/report.html");
        assertThat(entry.select("a").eachText()).containsExactly(
                "HTML", "HTML large print", "PDF", "PDF large print", "DOCX", "DOCX large print", "Braille (UEB grade 2)", "Check report");
    }

    @Test
    void asksForBrailleToBeProofreadByATranscriberBeforeItIsHandedOut() {
        Element entry = page(List.of(RELAPSE)).selectFirst("article");

        assertThat(entry.select("p").eachText()).contains("Braille made by software, contracted braille above all,"
                + " should be proofread by a certified braille transcriber before it is handed out.");
    }

    @Test
    void saysWhyBrailleWasNotMadeAndLinksNoFileForIt() {
        Element entry = page(List.of(SampleReports.withoutBraille("schlaf", "Schlaf", "de-DE"))).selectFirst("article");

        assertThat(entry.select(".formats li").last().text()).isEqualTo("Braille (UEB grade 2) not available for de-DE:"
                + " handout lays out braille for English (UEB) only");
        assertThat(entry.select("a").eachAttr("href")).noneMatch(href -> href.endsWith(".brf"));
        assertThat(entry.select("p").eachText()).noneMatch(text -> text.contains("transcriber"));
        assertThat(entry.select(".facts dd").last().text()).isEqualTo("every format complete and valid");
    }

    @Test
    void showsFileSizeAndPageCountOfEachFormat() {
        Element entry = page(List.of(RELAPSE)).selectFirst("article");

        assertThat(entry.select(".formats li").eachText()).containsExactly(
                "HTML 20 KB, check passed",
                "HTML large print 29 KB, check passed",
                "PDF 39 KB, 2 pages, check passed",
                "PDF large print 49 KB, 2 pages, check passed",
                "DOCX 59 KB, 2 pages, check passed",
                "DOCX large print 68 KB, 2 pages, check passed",
                "Braille (UEB grade 2) 78 KB, 2 pages, check passed");
    }

    @Test
    void saysInWordsWhichHandoutAndFormatFailedTheCheckAndWhy() {
        Element entry = page(List.of(failing("understanding-relapse", "Understanding relapse", "en-US")))
                .selectFirst("article");

        assertThat(entry.selectFirst(".facts dd.failed").text()).isEqualTo("2 of 7 formats failed the check");
        assertThat(entry.select(".formats li.failed").eachText()).containsExactly(
                "PDF large print 49 KB, 2 pages, check failed: 1 PDF/UA rule broken,"
                        + " smallest text 12.0 pt (needs at least 18 pt)",
                "DOCX large print 68 KB, 2 pages, check failed: 11 of 12 parts intact");
    }

    @Test
    void saysWhenAHandoutWasBuiltWithoutTheCheckAndLinksNoReport() {
        HandoutReport unchecked = new HandoutReport("sleep", "Sleep", "en-US", Optional.empty(), Optional.empty(),
                "source-content/sleep.md", false, List.of(FormatReport.unchecked(OutputFormats.PDF.name(), "sleep.pdf", 2048)));

        Element entry = page(List.of(unchecked)).selectFirst("article");

        assertThat(entry.select(".facts dd").eachText()).containsExactly("English (United States)", "not stated",
                "not checked");
        assertThat(entry.select(".failed")).isEmpty();
        assertThat(entry.select(".formats li").eachText()).containsExactly("PDF 2 KB, not checked");
        assertThat(entry.select("a").eachText()).containsExactly("PDF");
    }

    @Test
    void writesSizesInBytesKilobytesAndMegabytes() {
        assertThat(Stream.of(1L, 1023L, 1024L, 86_000L, 5_400_000L).map(LibraryIndex::readableSize))
                .containsExactly("1 byte", "1023 bytes", "1 KB", "84 KB", "5.1 MB");
    }

    @Test
    void percentEncodesFileNamesInLinks() {
        assertThat(LibraryIndex.href("caída de ánimo", "caída de ánimo.pdf"))
                .isEqualTo("ca%C3%ADda%20de%20%C3%A1nimo/ca%C3%ADda%20de%20%C3%A1nimo.pdf");
    }

    @Test
    void escapesMarkupInTitlesAndSummaries() {
        Document page = page(List.of(passing("odd", "<script>alert(1)</script> & more", "en-US")));

        assertThat(page.select("script")).allSatisfy(script -> assertThat(script.data()).doesNotContain("alert"));
        assertThat(page.selectFirst("article h2").text()).isEqualTo("<script>alert(1)</script> & more");
    }

    @Test
    void needsNothingButTheLocalFiles() {
        Document page = page(List.of(RELAPSE, RECAIDA));

        assertThat(page.select("script[src], link, iframe, img, object")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).doesNotContain(":"));
        assertThat(page.select("style")).allSatisfy(style ->
                assertThat(style.data().replace("url(data:", "")).doesNotContain("url(", "@import"));
    }

    @Test
    void hasASkipLinkToTheMainLandmark() {
        Document page = page(List.of(RELAPSE));

        assertThat(page.selectFirst("body > a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.select("main#main")).hasSize(1);
    }

    @Test
    void saysHowToStartWhenThereAreNoHandouts() {
        assertThat(page(List.of()).selectFirst("main p").text()).contains("source-content/", "./handout build");
    }

    @Test
    void writesTheSameBytesWhateverTheOrderOfTheReports() {
        assertThat(LibraryIndex.html(List.of(SLEEP, RECAIDA, RELAPSE)))
                .isEqualTo(LibraryIndex.html(List.of(RELAPSE, SLEEP, RECAIDA)));
    }

    @Test
    void everyLinkOfTheWrittenIndexResolvesToAnExistingFile() throws IOException {
        for (HandoutReport report : List.of(RELAPSE, RECAIDA)) {
            SampleReports.createFiles(out, report);
        }

        Path index = LibraryIndex.write(List.of(RELAPSE, RECAIDA), out);

        assertThat(index).isEqualTo(out.resolve("index.html"));
        assertThat(LinkTargets.of(index)).hasSize(2 * (OutputFormats.ALL.size() + 1));
        assertThat(LinkTargets.unresolved(index)).isEmpty();
    }

    @Test
    void linkCheckNamesALinkToAMissingFile() throws IOException {
        SampleReports.createFiles(out, RELAPSE);
        Files.delete(out.resolve("understanding-relapse/understanding-relapse-large-print.docx"));

        Path index = LibraryIndex.write(List.of(RELAPSE), out);

        assertThat(LinkTargets.unresolved(index))
                .containsExactly("understanding-relapse/understanding-relapse-large-print.docx");
    }

    @Test
    void listsOnlyTheHandoutsWhoseSourceStillExists() throws IOException {
        HandoutReport removed = passing("withdrawn-handout", "Withdrawn handout", "en-US");
        reportIn(RELAPSE);
        reportIn(removed);

        Path index = LibraryIndex.writeFor(out);

        assertThat(Path.of(RELAPSE.source())).isRegularFile();
        assertThat(Path.of(removed.source())).doesNotExist();
        assertThat(Jsoup.parse(index.toFile()).select("article h2").eachText()).containsExactly("Understanding relapse");
    }

    @Test
    void replacesThePreviousIndexAndLeavesNoPartialFile() throws IOException {
        LibraryIndex.write(List.of(RELAPSE, SLEEP), out);

        LibraryIndex.write(List.of(SLEEP), out);

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("index.html"));
        }
        assertThat(Jsoup.parse(out.resolve("index.html").toFile()).select("article h2").eachText())
                .containsExactly("Sleep");
    }

    private void reportIn(HandoutReport report) throws IOException {
        Path folder = Files.createDirectories(out.resolve(report.slug()));
        try (OutputStream json = Files.newOutputStream(folder.resolve("report.json"))) {
            ReportJson.write(report, json);
        }
    }

    private static HandoutReport withSource(HandoutReport report, Path source) {
        return new HandoutReport(report.slug(), report.title(), report.lang(), report.summary(), report.reviewed(),
                source.toString(), report.checked(), report.formats(), report.keywords(), report.translation());
    }

    @Test
    void anUpdateWithTheSameReportsLeavesThePageAsItIs() throws IOException {
        reportIn(RELAPSE);
        Path index = LibraryIndex.updateFor(out);
        Files.writeString(index, "the page as the first update left it");

        LibraryIndex.updateFor(out);

        assertThat(index).content().isEqualTo("the page as the first update left it");
    }

    @Test
    void anUpdateAfterAReportChangedRewritesThePage() throws IOException {
        reportIn(RELAPSE);
        LibraryIndex.updateFor(out);

        reportIn(withSource(SLEEP, Files.writeString(out.resolve("sleep.md"), "# Sleep\n")));
        Path index = LibraryIndex.updateFor(out);

        assertThat(Jsoup.parse(index.toFile()).select("article h2").eachText()).containsExactly("Sleep", "Understanding relapse");
    }

    @Test
    void anUpdateAfterASourceWasRemovedDropsItsHandout() throws IOException {
        Path source = Files.writeString(out.resolve("sleep.md"), "# Sleep\n");
        reportIn(RELAPSE);
        reportIn(withSource(SLEEP, source));
        LibraryIndex.updateFor(out);

        Files.delete(source);
        Path index = LibraryIndex.updateFor(out);

        assertThat(Jsoup.parse(index.toFile()).select("article h2").eachText()).containsExactly("Understanding relapse");
    }

    @Test
    void anUpdateRewritesAPageThatWasDeleted() throws IOException {
        reportIn(RELAPSE);
        Path index = LibraryIndex.updateFor(out);
        Files.delete(index);

        LibraryIndex.updateFor(out);

        assertThat(index).content().isEqualTo(LibraryIndex.html(List.of(RELAPSE)));
    }
}
