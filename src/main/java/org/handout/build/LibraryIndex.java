package org.handout.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.handout.check.FormatReport;
import org.handout.check.HandoutReport;
import org.handout.check.report.ReportJson;
import org.handout.format.OutputFormats;
import org.handout.render.BundledResource;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes {@code index.html}, the handout library: one entry per handout with its language,
 * summary, reviewed date, check verdict and a link to every output and to the check report. The
 * page is built with jsoup so every piece of text is escaped, works opened from disk (relative
 * links, inlined styles, no script), and is byte-identical for the same reports.
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
        List<HandoutReport> reports = new ArrayList<>();
        try (Stream<Path> folders = Files.list(outFolder)) {
            for (Path report : folders.map(f -> f.resolve("report.json")).filter(Files::isRegularFile).sorted().toList()) {
                HandoutReport read = ReportJson.read(report, OutputFormats::name);
                if (Files.isRegularFile(Path.of(read.source()))) {
                    reports.add(read);
                }
            }
        }
        return write(reports, outFolder);
    }

    public static String html(List<HandoutReport> reports) {
        Document page = Document.createShell("");
        page.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        Element html = page.selectFirst("html");
        html.attr("lang", PAGE_LANGUAGE.toLanguageTag());
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(TITLE);
        head.appendElement("style").appendChild(new DataNode(CSS));

        Element body = page.body();
        body.appendElement("a").addClass("skip-link").attr("href", "#main").text("Skip to the handouts");
        body.appendElement("header").appendElement("h1").text(TITLE);
        Element main = body.appendElement("main").attr("id", "main");
        main.appendElement("p").text(introduction(reports));

        Map<String, List<HandoutReport>> byLanguage = reports.stream().collect(Collectors.groupingBy(
                HandoutReport::lang, () -> new TreeMap<>(byLanguageName()), Collectors.toList()));
        if (byLanguage.size() > 1) {
            byLanguage.forEach((lang, group) -> {
                Element section = main.appendElement("section").attr("aria-labelledby", "language-" + lang);
                languageName(section.appendElement("h2").attr("id", "language-" + lang), lang);
                entries(section, group, lang, "h3");
            });
        } else {
            byLanguage.forEach((lang, group) -> entries(main, group, lang, "h2"));
        }
        return "<!DOCTYPE html>\n" + html.outerHtml() + "\n";
    }

    private static String introduction(List<HandoutReport> reports) {
        if (reports.isEmpty()) {
            return "No handouts yet. Put Markdown texts in source-content/ and run ./handout build.";
        }
        return (reports.size() == 1 ? "One handout" : reports.size() + " handouts")
                + ", each in every format a patient may need. Every file was read back and checked"
                + " against its source; the verdict says whether anything was lost.";
    }

    private static void entries(Element parent, List<HandoutReport> group, String lang, String headingTag) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
        Element list = parent.appendElement("ul").addClass("handouts");
        group.stream()
                .sorted(Comparator.comparing(HandoutReport::title, collator).thenComparing(HandoutReport::slug))
                .forEach(report -> entry(list.appendElement("li"), report, headingTag));
    }

    private static void entry(Element item, HandoutReport report, String headingTag) {
        String headingId = "handout-" + encodeSegment(report.slug());
        Element article = item.appendElement("article").addClass("handout").attr("aria-labelledby", headingId);
        article.appendElement(headingTag).attr("id", headingId).attr("lang", report.lang()).text(report.title());
        report.summary().ifPresent(summary ->
                article.appendElement("p").addClass("summary").attr("lang", report.lang()).text(summary));

        Element facts = article.appendElement("dl").addClass("facts");
        languageName(fact(facts, "Language"), report.lang());
        Element reviewed = fact(facts, "Reviewed");
        report.reviewed().ifPresentOrElse(date -> reviewed.appendElement("time")
                .attr("datetime", date.toString()).text(REVIEWED.format(date)), () -> reviewed.text("not stated"));
        Element verdict = fact(facts, "Check");
        verdict.text(report.verdict());
        if (report.checked() && !report.passed()) {
            verdict.addClass("failed");
        }

        Element formats = article.appendElement("ul").addClass("formats").attr("aria-label", "Files");
        for (FormatReport format : report.formats()) {
            Element line = formats.appendElement("li");
            if (format.notAvailable().isPresent()) {
                line.text(format.format().label() + " " + format.notAvailable().get());
                continue;
            }
            line.appendElement("a").attr("href", href(report.slug(), format.file())).text(format.format().label());
            line.appendText(" " + details(format));
            if (format.checked() && !format.passed()) {
                line.addClass("failed");
            }
        }
        // A build with --no-check writes no report, so there is nothing to link to.
        if (report.checked()) {
            article.appendElement("p").appendElement("a").attr("href", href(report.slug(), "report.html"))
                    .text("Check report");
        }
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

    private static Comparator<String> byLanguageName() {
        Collator collator = Collator.getInstance(PAGE_LANGUAGE);
        return Comparator.comparing((String tag) -> Locale.forLanguageTag(tag).getDisplayName(PAGE_LANGUAGE), collator)
                .thenComparing(Comparator.naturalOrder());
    }

    /** A relative link that survives any file name: each path segment is percent-encoded as UTF-8. */
    static String href(String slug, String file) {
        return encodeSegment(slug) + "/" + encodeSegment(file);
    }

    private static String encodeSegment(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
