package org.handout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handout.Fixtures;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.render.html.HtmlRenderer;
import org.handout.source.HandoutParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Handouts' HTML as a patient opens it: from disk, on a phone or a desktop browser. The seed
 * handout, one with every block kind, a wide table, a wide image and long unbroken words,
 * which is what breaks reflow on a phone, and an Arabic (right-to-left) and a Chinese one; each
 * as its standard and its large-print page.
 */
class HtmlHandoutInBrowserTest {
    private static final Path SEED = Fixtures.SEED;
    private static final Path EVERY_BLOCK = Path.of("src", "test", "resources", "browser",
            "taking-your-medicine-at-home.md");
    private static final Path ARABIC = Path.of("src", "test", "resources", "languages", "ar.md");
    private static final Path CHINESE = Path.of("src", "test", "resources", "languages", "zh-Hans.md");

    @TempDir
    static Path out;
    private static final Map<String, PageAudit> AUDITS = new LinkedHashMap<>();

    @BeforeAll
    static void renderTheHandoutsAndAuditThem() throws IOException, InvalidHandoutException {
        Map<String, Path> pages = new LinkedHashMap<>();
        for (Path source : List.of(SEED, EVERY_BLOCK, ARABIC, CHINESE)) {
            Handout handout = new HandoutParser().parse(source).handout();
            for (Profile profile : List.of(Profile.standard(PageSize.LETTER), Profile.largePrint(PageSize.LETTER))) {
                Path page = out.resolve(handout.slug() + profile.fileSuffix() + ".html");
                try (OutputStream html = Files.newOutputStream(page)) {
                    new HtmlRenderer().write(handout, profile, html);
                }
                pages.put(page.getFileName().toString(), page);
            }
        }
        AuditReport report = BrowserAudit.audit(Path.of("target", "browser-audit", "html-handout"),
                List.of(320, 1280), Contrast.ENHANCED, new ArrayList<>(pages.values()));
        pages.forEach((name, page) -> AUDITS.put(name, report.page(page)));
    }

    static Stream<String> handouts() {
        return Stream.concat(latinHandouts(), Stream.of("ar.html", "ar-large-print.html", "zh-Hans.html",
                "zh-Hans-large-print.html"));
    }

    static Stream<String> latinHandouts() {
        return Stream.of("understanding-relapse.html", "understanding-relapse-large-print.html",
                "taking-your-medicine-at-home.html", "taking-your-medicine-at-home-large-print.html");
    }

    @ParameterizedTest
    @MethodSource("handouts")
    void rendersInStandardsMode(String page) {
        assertThat(AUDITS.get(page).widths()).allSatisfy(width -> assertThat(width.standardsMode()).isTrue());
    }

    /**
     * Chromium reports the web font as what drew the heading's and the first paragraph's glyphs. Only
     * Latin-script pages: Arabic and Chinese text takes the Noto family its page names.
     */
    @ParameterizedTest
    @MethodSource("latinHandouts")
    void drawsItsTextWithTheEmbeddedAtkinsonHyperlegible(String page) {
        FontUse fonts = AUDITS.get(page).fonts();

        assertThat(fonts.loaded()).contains("Atkinson Hyperlegible 400 normal", "Atkinson Hyperlegible 700 normal");
        assertThat(fonts.drawnOnlyWith("Atkinson Hyperlegible")).as("%s", fonts.rendered()).isTrue();
    }

    /** Held to 7:1 as well: patients with low vision open the same page. */
    @ParameterizedTest
    @MethodSource("handouts")
    void hasNoWcag21AOrAAViolationNorTextBelow7To1AtPhoneOrDesktopWidth(String source) {
        assertThat(AUDITS.get(source).widths()).allSatisfy(width -> assertThat(width.violations()).isEmpty());
    }

    /** 320 CSS pixels is what a 1280 pixel wide window shows at 400 % zoom (WCAG 1.4.10 Reflow). */
    @ParameterizedTest
    @MethodSource("handouts")
    void needsNoHorizontalScrollingAt320Pixels(String source) {
        WidthAudit phone = AUDITS.get(source).at(320);

        assertThat(phone.scrollWidth()).isLessThanOrEqualTo(phone.viewportWidth());
    }

    @ParameterizedTest
    @MethodSource("handouts")
    void needsNoHorizontalScrollingAt1280Pixels(String source) {
        WidthAudit desktop = AUDITS.get(source).at(1280);

        assertThat(desktop.scrollWidth()).isLessThanOrEqualTo(desktop.viewportWidth());
    }

    @ParameterizedTest
    @MethodSource("handouts")
    void growsWithTheReadersDefaultFontSizeAndStillReflows(String source) {
        PageAudit handout = AUDITS.get(source);

        assertThat(handout.largeFont().bodyFontPx()).isEqualTo(2 * handout.at(320).bodyFontPx());
        assertThat(handout.largeFont().overflows()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("handouts")
    void letsTheFirstTabPressReachAVisiblyFocusedSkipLink(String source) {
        FirstTabStop focus = AUDITS.get(source).firstTabStop();

        assertThat(focus.href()).isEqualTo("#main");
        assertThat(focus.visiblyFocused()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("handouts")
    void printsWithinTheWidthOfALetterPage(String source) {
        assertThat(AUDITS.get(source).print().overflows()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("handouts")
    void loadsNothingFromTheNetwork(String source) {
        assertThat(AUDITS.get(source).remoteRequests()).isEmpty();
    }
}
