package org.handout.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: it must see what it is meant to catch, on pages made to break one rule each. */
class BrowserAuditTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "browser");
    private static final Path ACCESSIBLE = FIXTURES.resolve("accessible-page.html");
    private static final Path WITHOUT_ALT = FIXTURES.resolve("image-without-alt.html");
    private static final Path WIDE = FIXTURES.resolve("wider-than-a-phone-or-paper.html");
    private static final Path REMOTE = FIXTURES.resolve("remote-stylesheet.html");
    private static final Path PIXEL_FONT = FIXTURES.resolve("pixel-font-size.html");
    private static final Path SKIP_LINK = FIXTURES.resolve("skip-link.html");
    private static final Path NO_OUTLINE = FIXTURES.resolve("focus-outline-removed.html");
    private static final Path GREY_TEXT = FIXTURES.resolve("grey-text.html");
    private static final Path QUIRKS = FIXTURES.resolve("quirks-mode.html");

    private static AuditReport report;

    @BeforeAll
    static void auditFixtures() throws IOException {
        report = BrowserAudit.audit(Path.of("target", "browser-audit", "fixtures"), List.of(320, 1280),
                List.of(ACCESSIBLE, WITHOUT_ALT, WIDE, REMOTE, PIXEL_FONT, SKIP_LINK, NO_OUTLINE, GREY_TEXT, QUIRKS));
    }

    @Test
    void namesTheAxeCoreVersionAndTheWcagTagsItRan() {
        assertThat(report.axeVersion()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(report.tags()).containsExactly("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
        assertThat(report.extraRules()).isEmpty();
    }

    @Test
    void reportsNoViolationOnAnAccessiblePage() {
        assertThat(report.page(ACCESSIBLE).violations()).isEmpty();
    }

    @Test
    void reportsAnImageWithoutAltTextAsAViolationAtEveryWidth() {
        PageAudit page = report.page(WITHOUT_ALT);

        assertThat(page.widths()).allSatisfy(width -> assertThat(width.violations())
                .extracting(Violation::id).containsExactly("image-alt"));
        assertThat(page.violations().get(0).tags()).contains("wcag2a");
    }

    @Test
    void acceptsTextAbove4Point5To1ByDefault() {
        assertThat(report.page(GREY_TEXT).violations()).isEmpty();
    }

    @Test
    void reportsTextBelow7To1WhenHeldToEnhancedContrast() throws IOException {
        AuditReport enhanced = BrowserAudit.audit(Path.of("target", "browser-audit", "fixtures-enhanced"),
                List.of(320), Contrast.ENHANCED, List.of(GREY_TEXT));

        assertThat(enhanced.extraRules()).containsExactly("color-contrast-enhanced");
        assertThat(enhanced.page(GREY_TEXT).violations()).extracting(Violation::id)
                .containsExactly("color-contrast-enhanced");
    }

    @Test
    void reportsHorizontalOverflowOnlyWhereTheViewportIsNarrowerThanThePage() {
        PageAudit page = report.page(WIDE);

        assertThat(page.at(320).overflows()).isTrue();
        assertThat(page.at(320).scrollWidth()).isGreaterThan(1000);
        assertThat(page.at(1280).overflows()).isFalse();
    }

    @Test
    void reportsStandardsModeForAPageWithADoctypeAndQuirksModeWithout() {
        assertThat(report.page(ACCESSIBLE).widths()).allMatch(WidthAudit::standardsMode);
        assertThat(report.page(QUIRKS).widths()).noneMatch(WidthAudit::standardsMode);
    }

    @Test
    void reportsAPageWithoutAWebFontAsDrawnWithAnInstalledFont() {
        FontUse fonts = report.page(ACCESSIBLE).fonts();

        assertThat(fonts.loaded()).isEmpty();
        assertThat(fonts.rendered()).isNotEmpty().noneMatch(FontUse.RenderedFont::customFont);
        assertThat(fonts.drawnOnlyWith("Atkinson Hyperlegible")).isFalse();
    }

    @Test
    void reportsNoFilterOnAPageWithoutOne() {
        assertThat(report.page(ACCESSIBLE).filter()).isNull();
    }

    @Test
    void reportsNoOverflowForAPageThatReflows() {
        assertThat(report.page(ACCESSIBLE).widths()).noneMatch(WidthAudit::overflows);
    }

    @Test
    void recordsAndRefusesEveryRemoteRequest() {
        assertThat(report.page(REMOTE).remoteRequests()).containsExactly("https://fonts.example.com/css?family=Remote");
        assertThat(report.page(ACCESSIBLE).remoteRequests()).isEmpty();
    }

    @Test
    void showsTextGrowingWithTheReadersDefaultFontSize() {
        LargeFontLayout large = report.page(ACCESSIBLE).largeFont();

        assertThat(large.defaultFontPx()).isEqualTo(32);
        assertThat(large.bodyFontPx()).isEqualTo(2 * report.page(ACCESSIBLE).at(320).bodyFontPx());
    }

    @Test
    void showsTextSizedInPixelsIgnoringTheReadersDefaultFontSize() {
        assertThat(report.page(PIXEL_FONT).largeFont().bodyFontPx()).isEqualTo(16);
    }

    @Test
    void showsTheFirstTabPressLandingOnAVisiblyFocusedSkipLink() {
        FirstTabStop focus = report.page(SKIP_LINK).firstTabStop();

        assertThat(focus.tag()).isEqualTo("a");
        assertThat(focus.href()).isEqualTo("#main");
        assertThat(focus.visiblyFocused()).isTrue();
    }

    @Test
    void reportsALinkWhoseFocusOutlineWasRemovedAsNotVisiblyFocused() {
        FirstTabStop focus = report.page(NO_OUTLINE).firstTabStop();

        assertThat(focus.text()).isEqualTo("Another page");
        assertThat(focus.visiblyFocused()).isFalse();
    }

    @Test
    void reportsNoFocusOnAPageWithNothingToFocus() {
        assertThat(report.page(ACCESSIBLE).firstTabStop().tag()).isEqualTo("body");
        assertThat(report.page(ACCESSIBLE).firstTabStop().visiblyFocused()).isFalse();
    }

    @Test
    void laysThePageOutForPrintOnTheWidthOfALetterPage() {
        PrintLayout print = report.page(ACCESSIBLE).print();

        assertThat(print.width()).isEqualTo(720);
        assertThat(print.overflows()).isFalse();
        assertThat(print.screenshot()).isRegularFile();
    }

    @Test
    void reportsAPageTooWideForThePaper() {
        assertThat(report.page(WIDE).print().overflows()).isTrue();
    }

    @Test
    void savesAFullPageScreenshotAsWideAsEachViewport() throws IOException {
        for (WidthAudit width : report.page(ACCESSIBLE).widths()) {
            BufferedImage screenshot = ImageIO.read(width.screenshot().toFile());

            assertThat(screenshot.getWidth()).isEqualTo(width.width());
            assertThat(screenshot.getHeight()).isGreaterThan(0);
        }
    }

    @Test
    void failsWithTheReasonWhenAPageDoesNotExist(@TempDir Path folder) {
        assertThatThrownBy(() -> BrowserAudit.audit(folder, List.of(320), List.of(folder.resolve("missing.html"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no such page");
    }
}
