package org.handout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handout.Fixtures;
import org.handout.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages a real build of the seed and its Spanish translation writes, in a real browser: the
 * library page with the translation set and its filter, both check reports, and the Spanish
 * handout's standard and large-print pages with their links to the English ones.
 */
class TranslationSetInBrowserTest {
    private static final Path SEED = Fixtures.SEED;
    private static final Path SPANISH = Path.of("source-content", "understanding-relapse-es.md");
    private static final Map<String, PageAudit> AUDITS = new LinkedHashMap<>();

    @TempDir
    static Path out;

    @BeforeAll
    static void buildTheSetAndAuditItsPages() throws IOException {
        StringWriter printed = new StringWriter();
        int exit = Main.run(new PrintWriter(printed, true), new PrintWriter(printed, true), "build", SEED.toString(),
                SPANISH.toString(), "--out", out.toString(), "--formats", "html,large-print-html,pdf");
        assertThat(exit).as(printed.toString()).isZero();
        Map<String, Path> pages = new LinkedHashMap<>();
        pages.put("index.html", out.resolve("index.html"));
        pages.put("report.html", out.resolve("understanding-relapse").resolve("report.html"));
        pages.put("reporte.html", out.resolve("understanding-relapse-es").resolve("report.html"));
        pages.put("es.html", out.resolve("understanding-relapse-es").resolve("understanding-relapse-es.html"));
        pages.put("es-large-print.html", out.resolve("understanding-relapse-es").resolve("understanding-relapse-es-large-print.html"));
        AuditReport report = BrowserAudit.audit(Path.of("target", "browser-audit", "translation-set"), List.of(320, 1280),
                Contrast.MINIMUM, new FilterUse.Request("recaida", "es"), List.copyOf(pages.values()));
        pages.forEach((name, page) -> AUDITS.put(name, report.page(page)));
    }

    static Stream<String> pages() {
        return Stream.of("index.html", "report.html", "reporte.html", "es.html", "es-large-print.html");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void hasNoWcag21AOrAAViolationAtPhoneOrDesktopWidth(String page) {
        assertThat(AUDITS.get(page).widths()).allSatisfy(width -> assertThat(width.violations()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void rendersInStandardsMode(String page) {
        assertThat(AUDITS.get(page).widths()).allSatisfy(width -> assertThat(width.standardsMode()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void needsNoHorizontalScrollingAt320Or1280PixelsNorWithTheTextDoubled(String page) {
        PageAudit audit = AUDITS.get(page);

        assertThat(audit.widths()).noneMatch(WidthAudit::overflows);
        assertThat(audit.largeFont().bodyFontPx()).isEqualTo(2 * audit.at(320).bodyFontPx());
        assertThat(audit.largeFont().overflows()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void drawsItsTextWithTheEmbeddedAtkinsonHyperlegible(String page) {
        FontUse fonts = AUDITS.get(page).fonts();

        assertThat(fonts.loaded()).contains("Atkinson Hyperlegible 400 normal");
        assertThat(fonts.drawnOnlyWith("Atkinson Hyperlegible")).as("%s", fonts.rendered()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void letsTheFirstTabPressReachAVisiblyFocusedSkipLink(String page) {
        FirstTabStop focus = AUDITS.get(page).firstTabStop();

        assertThat(focus.href()).isEqualTo("#main");
        assertThat(focus.visiblyFocused()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void loadsNothingFromTheNetwork(String page) {
        assertThat(AUDITS.get(page).remoteRequests()).isEmpty();
    }

    @Test
    void theLibraryScriptShowsTheFilterOverTheFullList() {
        FilterUse filter = AUDITS.get("index.html").filter();

        assertThat(filter.formVisible()).isTrue();
        assertThat(filter.before().shown()).containsExactly("Understanding relapse", "Entender la recaída");
        assertThat(filter.before().status()).isEqualTo("Showing all 2 handouts.");
    }

    @Test
    void searchingWithoutAccentsNarrowsTheListAndAnnouncesTheCount() {
        FilterUse.State searched = AUDITS.get("index.html").filter().searched();

        assertThat(searched.shown()).containsExactly("Entender la recaída");
        assertThat(searched.status()).isEqualTo("Showing 1 of 2 handouts.");
    }

    @Test
    void choosingALanguageNarrowsTheListToIt() {
        FilterUse.State chosen = AUDITS.get("index.html").filter().chosen();

        assertThat(chosen.shown()).containsExactly("Entender la recaída");
        assertThat(chosen.status()).isEqualTo("Showing 1 of 2 handouts.");
    }

    @Test
    void aPageWithoutTheFilterReportsNone() {
        assertThat(AUDITS.get("es.html").filter()).isNull();
    }
}
