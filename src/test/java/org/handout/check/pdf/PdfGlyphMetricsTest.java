package org.handout.check.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.handout.check.OutputFixtures;
import org.handout.check.pdf.GlyphReport.FontUse;
import org.handout.check.pdf.GlyphReport.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each measurement catches the fault it exists for, on PDFs made through OpenHTMLtoPDF in PDF/UA mode. */
class PdfGlyphMetricsTest {
    private static final String STYLE = "@page { size: 612pt 792pt; margin: 72pt;"
            + " @bottom-left { content: element(footer); font-family: 'Atkinson Hyperlegible'; font-size: 9pt; } }"
            + " body { font-family: 'Atkinson Hyperlegible'; font-size: 18pt; line-height: 1.5; }"
            + " .footer { position: running(footer); font-family: 'Atkinson Hyperlegible'; font-size: 9pt; }";

    @TempDir
    Path folder;

    private GlyphReport measure(String body) throws Exception {
        String html = "<html lang='en-US'><head><title>Fixture</title><style>" + STYLE + "</style></head><body>"
                + "<div class='footer'>Fixture footer</div>" + body + "</body></html>";
        return PdfGlyphMetrics.measure(OutputFixtures.taggedPdf(html, folder.resolve("fixture.pdf")));
    }

    @Test
    void measuresGlyphsAtTheSizeTheyAreDrawn() throws Exception {
        GlyphReport report = measure("<p>Eighteen point text for low vision readers.</p>");
        assertThat(report.minGlyphPt()).isCloseTo(18.0, within(0.01));
        assertThat(report.medianGlyphPt()).isCloseTo(18.0, within(0.01));
        assertThat(report.pages()).isEqualTo(1);
    }

    @Test
    void aTwelvePointParagraphIsCaught() throws Exception {
        GlyphReport report = measure("<p>Large text.</p><p style='font-size: 12pt'>Small print hiding here.</p>");
        assertThat(report.minGlyphPt()).isCloseTo(12.0, within(0.01));
    }

    @Test
    void pageFurnitureIsMeasuredApartFromTheContent() throws Exception {
        GlyphReport report = measure("<p>Only large text in the content.</p>");
        assertThat(report.minGlyphPt()).isCloseTo(18.0, within(0.01));
        assertThat(report.minArtifactGlyphPt()).isCloseTo(9.0, within(0.01));
        assertThat(report.lines()).extracting(TextLine::text).noneMatch(text -> text.contains("footer"));
    }

    @Test
    void italicFontsAreReported() throws Exception {
        GlyphReport report = measure("<p>Plain and <em>slanted</em> words.</p>");
        assertThat(report.fonts()).extracting(FontUse::italic).containsExactlyInAnyOrder(false, true);
    }

    @Test
    void linesKeepTheirWordsApart() throws Exception {
        GlyphReport report = measure("<p>Call your counselor today.</p>");
        assertThat(report.lines()).extracting(TextLine::text).containsExactly("Call your counselor today.");
    }

    @Test
    void centredTextIsOffTheLeftEdges() throws Exception {
        GlyphReport report = measure("<p>First left aligned line.</p><p>Second left aligned line.</p>"
                + "<p style='text-align: center'>Centred</p>");
        assertThat(report.linesOffLeftEdges(1.0)).extracting(TextLine::text).containsExactly("Centred");
    }

    @Test
    void justifiedTextIsNotRaggedRight() throws Exception {
        String words = "Relapse is part of recovery and relapsing does not mean you are not going to succeed. ".repeat(4);
        assertThat(measure("<p style='text-align: justify'>" + words + "</p>").raggedRight(1.0)).isFalse();
        assertThat(measure("<p>" + words + "</p>").raggedRight(1.0)).isTrue();
    }

    @Test
    void tightLineSpacingIsMeasured() throws Exception {
        String words = "Relapse is part of recovery and relapsing does not mean you are not going to succeed. ".repeat(3);
        GlyphReport report = measure("<p style='line-height: 1.1'>" + words + "</p>");
        assertThat(report.lineSpacingRatios()).isNotEmpty().allSatisfy(ratio -> assertThat(ratio).isCloseTo(1.1, within(0.02)));
    }

    @Test
    void hyphenatedLineEndsAreReported() throws Exception {
        GlyphReport report = measure("<p style='width: 5em'>co-operation well-being</p>");
        assertThat(report.linesEndingWithHyphen()).isNotEmpty();
    }
}
