package org.handout.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.handout.check.FormatReport;
import org.handout.check.HandoutReport;
import org.handout.check.braille.BrailleFormat;
import org.handout.check.report.ReportJson;
import org.handout.convention.HtmlPage;
import org.handout.format.OutputFormats;
import org.handout.render.BundledResource;
import org.handout.model.LanguageVersion;
import org.handout.render.html.UrlSegment;
import org.handout.render.html.WebFonts;
import org.handout.check.TranslationStatus;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes {@code index.html}, the handout library: one entry per handout with its language,
 * summary, reviewed date, check verdict and a link to every output and to the check report, each
 * translation under the handout it translates with its warnings. The page is built with jsoup so
 * every piece of text is escaped, works opened from disk (relative links, inlined styles and
 * font, one inline script that only narrows the list it always shows), and is byte-identical for
 * the same reports.
 */
public final class LibraryIndex {
    public static final String FILE_NAME = "index.html";
    static final String TITLE = "Handout library";
    private static final Locale PAGE_LANGUAGE = Locale.ENGLISH;
    private static final String CSS = BundledResource.text("/styles/library.css");
    private static final DateTimeFormatter REVIEWED = DateTimeFormatter.ofPattern("d MMMM uuuu", PAGE_LANGUAGE);

    private LibraryIndex() {
    }

    /**
     * Replaces {@code outFolder/index.html} with the library of {@code reports}; the links point
     * at {@code <slug>/<file>} inside {@code outFolder}.
     */
    public static Path write(List<HandoutReport> reports, Path outFolder) throws IOException {
        Files.createDirectories(outFolder);
        Path target = outFolder.resolve(FILE_NAME);
        try (StagedOutput staged = new StagedOutput()) {
            Files.writeString(staged.stage(target), html(reports), StandardCharsets.UTF_8);
            staged.commit();
        }
        return target;
    }

    /**
     * The library of every handout in {@code outFolder} whose source still exists, from the
     * report.json each build left; handouts whose source was removed are not listed.
     */
    public static Path writeFor(Path outFolder) throws IOException {
        // Under the folder's lock: another build sharing the folder must not write an index read
        // before this one's reports were in place.
        return OutputFolderLock.holding(outFolder, () -> write(listed(outFolder).reports(), outFolder));
    }

    /**
     * As {@link #writeFor}, but leaves the page alone when the same tool already wrote it from the
     * same reports, with the same sources still there: a build that changed nothing then spends
     * no time on it. What it was written from is kept in the folder's build manifest.
     */
    public static Path updateFor(Path outFolder) throws IOException {
        return OutputFolderLock.holding(outFolder, () -> {
            Listed listed = listed(outFolder);
            Path target = outFolder.resolve(FILE_NAME);
            String inputs = InputFingerprint.buildWide(listed.inputs());
            if (Files.isRegularFile(target) && BuildManifest.libraryInputs(outFolder).equals(Optional.of(inputs))) {
                return target;
            }
            write(listed.reports(), outFolder);
            BuildManifest.recordLibrary(outFolder, inputs);
            return target;
        });
    }

    /**
     * The reports the page lists, and what the page is made from: the tool, then each report's
     * bytes and whether its source is there (a handout whose source was removed is not listed).
     */
    private record Listed(List<Path> listed, List<String> inputs) {
        List<HandoutReport> reports() throws IOException {
            List<HandoutReport> reports = new ArrayList<>();
            for (Path report : listed) {
                reports.add(ReportJson.read(report, OutputFormats::name));
            }
            return reports;
        }
    }

    private static Listed listed(Path outFolder) throws IOException {
        List<Path> listed = new ArrayList<>();
        List<String> inputs = new ArrayList<>(List.of(ToolVersion.identity()));
        try (Stream<Path> folders = Files.list(outFolder)) {
            for (Path report : folders.map(f -> f.resolve("report.json")).filter(Files::isRegularFile).sorted().toList()) {
                String json = Files.readString(report, StandardCharsets.UTF_8);
                boolean sourceThere = Files.isRegularFile(Path.of(ReportJson.source(json)));
                if (sourceThere) {
                    listed.add(report);
                }
                inputs.add(outFolder.relativize(report) + "\n" + sourceThere + "\n" + json);
            }
        }
        return new Listed(listed, inputs);
    }

    public static String html(List<HandoutReport> reports) {
        Document page = HtmlPage.shell(PAGE_LANGUAGE.toLanguageTag(), TITLE);
        Element html = page.selectFirst("html");
        page.head().appendElement("style").appendChild(new DataNode(CSS));

        Element body = page.body();
        HtmlPage.skipLink(body, "Skip to the handouts");
        body.appendElement("header").appendElement("h1").text(TITLE);
        Element main = body.appendElement("main").attr("id", HtmlPage.MAIN_ID);
        main.appendElement("p").text(introduction(reports));
        if (!reports.isEmpty()) {
            filter(main, reports);
        }
        Element list = main.appendElement("ul").addClass("handouts");
        for (List<HandoutReport> set : translationSets(reports)) {
            Element item = list.appendElement("li");
            entry(item, set.get(0), "h2", set.subList(1, set.size()));
            set.subList(1, set.size()).forEach(translation -> entry(item, translation, "h3", List.of()));
        }
        if (!reports.isEmpty()) {
            body.appendElement("script").appendChild(new DataNode(SCRIPT));
        }
        WebFonts.embed(page, false);
        return "<!DOCTYPE html>\n" + html.outerHtml() + "\n";
    }

    /**
     * The handouts grouped by translation set, each set its source first and then its
     * translations by language; sets in the order of their first entry's title.
     */
    private static List<List<HandoutReport>> translationSets(List<HandoutReport> reports) {
        Map<String, HandoutReport> bySlug = reports.stream().collect(Collectors.toMap(HandoutReport::slug, r -> r, (a, b) -> a));
        Map<String, List<HandoutReport>> sets = new TreeMap<>();
        for (HandoutReport report : reports) {
            String root = report.translation().map(TranslationStatus::sourceSlug).filter(bySlug::containsKey)
                    .orElse(report.slug());
            sets.computeIfAbsent(root, r -> new ArrayList<>()).add(report);
        }
        List<List<HandoutReport>> ordered = new ArrayList<>();
        sets.forEach((root, members) -> ordered.add(members.stream()
                .sorted(Comparator.comparing((HandoutReport r) -> !r.slug().equals(root))
                        .thenComparing(HandoutReport::lang).thenComparing(HandoutReport::slug))
                .toList()));
        Collator collator = Collator.getInstance(PAGE_LANGUAGE);
        ordered.sort(Comparator.comparing((List<HandoutReport> set) -> set.get(0).title(), collator)
                .thenComparing(set -> set.get(0).slug()));
        return ordered;
    }

    /**
     * The search and language filter. Without JavaScript the form stays hidden and the whole list
     * is shown; the script shows the form, narrows the list as the reader types or chooses, and
     * the status line, a live region, says how many handouts are shown.
     */
    private static void filter(Element main, List<HandoutReport> reports) {
        Element form = main.appendElement("form").addClass("filter").attr("role", "search")
                .attr("aria-label", "Find a handout").attr("hidden", true);
        Element search = form.appendElement("div");
        search.appendElement("label").attr("for", "filter-text").text("Search titles, summaries and keywords");
        search.appendElement("input").attr("type", "search").attr("id", "filter-text").attr("autocomplete", "off");
        Element language = form.appendElement("div");
        language.appendElement("label").attr("for", "filter-language").text("Language");
        Element select = language.appendElement("select").attr("id", "filter-language");
        select.appendElement("option").attr("value", "").text("Every language");
        Map<String, String> languages = new TreeMap<>(byLanguageName());
        reports.forEach(r -> languages.put(primaryLanguage(r.lang()), primaryLanguage(r.lang())));
        languages.keySet().forEach(tag -> select.appendElement("option").attr("value", tag).text(languageLabel(tag)));
        main.appendElement("p").attr("id", "filter-count").attr("role", "status").addClass("count")
                .text(showing(reports.size(), reports.size()));
    }

    /** What the status line says; the script words it the same way (see SCRIPT). */
    static String showing(int shown, int total) {
        return shown == total ? "Showing all " + total + (total == 1 ? " handout." : " handouts.")
                : "Showing " + shown + " of " + total + " handouts.";
    }

    private static final String SCRIPT = """
            (function () {
              var form = document.querySelector('.filter');
              var text = document.getElementById('filter-text');
              var language = document.getElementById('filter-language');
              var count = document.getElementById('filter-count');
              var entries = Array.prototype.slice.call(document.querySelectorAll('article.handout'));
              var sets = Array.prototype.slice.call(document.querySelectorAll('.handouts > li'));
              function plain(s) { return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); }
              function narrow() {
                var words = plain(text.value).split(/\\s+/).filter(Boolean);
                var shown = 0;
                entries.forEach(function (entry) {
                  var match = (!language.value || entry.getAttribute('data-language') === language.value)
                    && words.every(function (w) { return entry.getAttribute('data-search').indexOf(w) >= 0; });
                  entry.hidden = !match;
                  if (match) { shown++; }
                });
                sets.forEach(function (set) { set.hidden = !set.querySelector('article.handout:not([hidden])'); });
                var total = entries.length;
                count.textContent = shown === total ? 'Showing all ' + total + (total === 1 ? ' handout.' : ' handouts.')
                  : 'Showing ' + shown + ' of ' + total + ' handouts.';
              }
              form.hidden = false;
              form.addEventListener('submit', function (event) { event.preventDefault(); });
              text.addEventListener('input', narrow);
              language.addEventListener('change', narrow);
            })();
            """;

    private static String introduction(List<HandoutReport> reports) {
        if (reports.isEmpty()) {
            return "No handouts yet. Put Markdown texts in source-content/ and run ./handout build.";
        }
        return (reports.size() == 1 ? "One handout" : reports.size() + " handouts")
                + ", each in every format a patient may need. Every file was read back and checked"
                + " against its source; the verdict says whether anything was lost.";
    }

    private static void entry(Element item, HandoutReport report, String headingTag, List<HandoutReport> translations) {
        String headingId = "handout-" + UrlSegment.encode(report.slug());
        Element article = item.appendElement("article").addClass("handout").attr("aria-labelledby", headingId)
                .attr("data-language", primaryLanguage(report.lang())).attr("data-search", searchText(report));
        article.appendElement(headingTag).attr("id", headingId).attr("lang", report.lang()).text(report.title());
        report.summary().ifPresent(summary ->
                article.appendElement("p").addClass("summary").attr("lang", report.lang()).text(summary));

        Element facts = article.appendElement("dl").addClass("facts");
        languageName(fact(facts, "Language"), report.lang());
        if (!translations.isEmpty()) {
            Element also = fact(facts, "Translations");
            for (int i = 0; i < translations.size(); i++) {
                Locale language = Locale.forLanguageTag(translations.get(i).lang());
                also.appendElement("a").attr("href", "#handout-" + UrlSegment.encode(translations.get(i).slug()))
                        .attr("lang", translations.get(i).lang())
                        .text(new LanguageVersion(translations.get(i).slug(), language).ownName());
                if (i < translations.size() - 1) {
                    also.appendText(", ");
                }
            }
        }
        Element reviewed = fact(facts, "Reviewed");
        report.reviewed().ifPresentOrElse(date -> reviewed.appendElement("time")
                .attr("datetime", date.toString()).text(REVIEWED.format(date)), () -> reviewed.text("not stated"));
        Element verdict = fact(facts, "Check");
        verdict.text(report.verdict());
        if (report.checked() && !report.passed()) {
            verdict.addClass("failed");
        }
        report.translation().ifPresent(translation -> translationFacts(article, facts, translation));

        Element formats = article.appendElement("ul").addClass("formats").attr("aria-label", "Files");
        for (FormatReport format : report.formats()) {
            Element line = formats.appendElement("li");
            if (format.unavailable().isPresent()) {
                line.text(format.format().label() + " " + format.unavailable().get());
                continue;
            }
            line.appendElement("a").attr("href", href(report.slug(), format.file())).text(format.format().label());
            line.appendText(" " + details(format));
            if (format.checked() && !format.passed()) {
                line.addClass("failed");
            }
        }
        if (report.formats().stream().anyMatch(f -> BrailleFormat.is(f.format()) && f.unavailable().isEmpty())) {
            article.appendElement("p").text(BrailleFormat.PROOFREADING);
        }
        // A build with --no-check writes no report, so there is nothing to link to.
        if (report.checked()) {
            article.appendElement("p").appendElement("a").attr("href", href(report.slug(), "report.html"))
                    .text("Check report");
        }
    }

    /** Whether a translation matches its source, and each warning when it does not. */
    private static void translationFacts(Element article, Element facts, TranslationStatus translation) {
        Element status = fact(facts, "Translation");
        if (translation.warnings().isEmpty()) {
            status.text("matches its source");
            return;
        }
        status.addClass("failed").text(translation.warnings().size() == 1 ? "1 warning"
                : translation.warnings().size() + " warnings");
        Element warnings = article.appendElement("ul").addClass("warnings").attr("aria-label", "Translation warnings");
        translation.warnings().forEach(warning -> warnings.appendElement("li").text(warning));
    }

    /** Title, summary and keywords in lower case without accents, so "recaida" finds "recaída". */
    private static String searchText(HandoutReport report) {
        List<String> parts = new ArrayList<>(List.of(report.title()));
        report.summary().ifPresent(parts::add);
        parts.addAll(report.keywords());
        String joined = Normalizer.normalize(String.join(" ", parts), Normalizer.Form.NFD);
        return joined.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String primaryLanguage(String languageTag) {
        return Locale.forLanguageTag(languageTag).getLanguage();
    }

    private static Element fact(Element facts, String name) {
        Element pair = facts.appendElement("div");
        pair.appendElement("dt").text(name);
        return pair.appendElement("dd");
    }

    private static String details(FormatReport format) {
        List<String> details = new ArrayList<>();
        details.add(readableSize(format.bytes()));
        if (format.pages() > 0) {
            details.add(format.pages() + (format.pages() == 1 ? " page" : " pages"));
        }
        if (!format.checked()) {
            details.add("not checked");
        } else if (format.passed()) {
            details.add("check passed");
        } else {
            details.add("check failed: " + String.join(", ", problems(format)));
        }
        return String.join(", ", details);
    }

    private static List<String> problems(FormatReport format) {
        List<String> problems = new ArrayList<>();
        if (!format.differences().isEmpty()) {
            problems.add(format.found() + " of " + format.expected() + " parts intact");
        }
        format.pdfUa().filter(result -> !result.compliant()).ifPresent(result -> problems.add(
                result.failedRules().size() + (result.failedRules().size() == 1 ? " PDF/UA rule" : " PDF/UA rules")
                        + " broken"));
        format.measures().stream().filter(measure -> !measure.passed()).forEach(measure -> problems.add(
                measure.name() + " " + measure.value() + " (needs " + measure.rule() + ")"));
        return problems;
    }

    /** Sizes as a patient's mail program shows them: binary kilobytes, one decimal for megabytes. */
    /** A file size as the library page reads it aloud: "1 byte", "24 KB", "1.2 MB". */
    public static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static void languageName(Element target, String languageTag) {
        Locale language = Locale.forLanguageTag(languageTag);
        String inEnglish = language.getDisplayName(PAGE_LANGUAGE);
        String ownName = language.getDisplayName(language);
        target.text(inEnglish);
        if (!ownName.equals(inEnglish) && !ownName.isEmpty()) {
            target.appendText(" – ").appendElement("span").attr("lang", languageTag).text(ownName);
        }
    }

    /** A language as an option's text, which cannot mark its parts' languages: "Spanish – español". */
    private static String languageLabel(String languageTag) {
        Locale language = Locale.forLanguageTag(languageTag);
        String inEnglish = language.getDisplayName(PAGE_LANGUAGE);
        String ownName = language.getDisplayName(language);
        return ownName.equals(inEnglish) || ownName.isEmpty() ? inEnglish : inEnglish + " – " + ownName;
    }

    private static Comparator<String> byLanguageName() {
        Collator collator = Collator.getInstance(PAGE_LANGUAGE);
        return Comparator.comparing((String tag) -> Locale.forLanguageTag(tag).getDisplayName(PAGE_LANGUAGE), collator)
                .thenComparing(Comparator.naturalOrder());
    }

    /** A relative link that survives any file name: each path segment is percent-encoded as UTF-8. */
    static String href(String slug, String file) {
        return UrlSegment.encode(slug) + "/" + UrlSegment.encode(file);
    }
}
