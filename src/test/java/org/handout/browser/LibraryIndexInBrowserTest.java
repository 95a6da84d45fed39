package org.handout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.handout.build.LibraryIndex;
import org.handout.build.SampleReports;
import org.handout.check.HandoutReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library page in a real browser, with two languages (so the grouped layout is audited)
 * and a failed handout (so the failure styling is audited for contrast too).
 */
class LibraryIndexInBrowserTest {
    private static final List<HandoutReport> REPORTS = List.of(
            SampleReports.passing("understanding-relapse", "Understanding relapse", "en-US"),
            SampleReports.failing("taking-buprenorphine-safely-at-home-with-children-around",
                    "Taking buprenorphine safely at home with children around", "en-US"),
            SampleReports.passing("entender-la-recaida", "Entender la recaída", "es-US"));

    @TempDir
    static Path out;
    private static PageAudit index;

    @BeforeAll
    static void auditTheLibraryPage() throws IOException {
        for (HandoutReport report : REPORTS) {
            SampleReports.createFiles(out, report);
        }
        Path page = LibraryIndex.write(REPORTS, out);
        index = BrowserAudit.audit(Path.of("target", "browser-audit", "library-index"), List.of(320, 1280),
                Contrast.ENHANCED, List.of(page)).page(page);
    }

    /** Held to 7:1 as well: patients with low vision open the same page. */
    @Test
    void hasNoWcag21AOrAAViolationNorTextBelow7To1AtPhoneOrDesktopWidth() {
        assertThat(index.widths()).allSatisfy(width -> assertThat(width.violations()).isEmpty());
    }

    @Test
    void needsNoHorizontalScrollingAt320Pixels() {
        assertThat(index.at(320).scrollWidth()).isLessThanOrEqualTo(index.at(320).viewportWidth());
    }

    @Test
    void needsNoHorizontalScrollingAt1280Pixels() {
        assertThat(index.at(1280).scrollWidth()).isLessThanOrEqualTo(index.at(1280).viewportWidth());
    }

    @Test
    void growsWithTheReadersDefaultFontSizeAndStillReflows() {
        assertThat(index.largeFont().bodyFontPx()).isEqualTo(2 * index.at(320).bodyFontPx());
        assertThat(index.largeFont().overflows()).isFalse();
    }

    @Test
    void letsTheFirstTabPressReachAVisiblyFocusedSkipLinkToTheMainContent() {
        assertThat(index.firstTabStop().href()).isEqualTo("#main");
        assertThat(index.firstTabStop().visiblyFocused()).isTrue();
    }

    @Test
    void printsWithinTheWidthOfALetterPage() {
        assertThat(index.print().overflows()).isFalse();
    }

    @Test
    void loadsNothingFromTheNetwork() {
        assertThat(index.remoteRequests()).isEmpty();
    }
}
