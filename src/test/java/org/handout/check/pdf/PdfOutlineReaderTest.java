package org.handout.check.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.handout.Fixtures;
import org.handout.check.Outline;
import org.handout.check.Outline.HeadingEntry;
import org.handout.check.Outline.ImageEntry;
import org.handout.check.Outline.LinkEntry;
import org.handout.check.Outline.ListEntry;
import org.handout.check.OutlineComparison;
import org.handout.check.OutputFixtures;
import org.handout.model.Handout;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.render.pdf.PdfRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfOutlineReaderTest {

    @TempDir
    static Path dir;

    private static Path seedPdf;
    private static Outline kinds;

    private final PdfOutlineReader reader = new PdfOutlineReader();

    @BeforeAll
    static void renderFixtures() throws IOException {
        seedPdf = OutputFixtures.taggedPdf(OutputFixtures.SEED_HTML, dir.resolve("seed.pdf"));
        kinds = new PdfOutlineReader().read(OutputFixtures.taggedPdf(kindsHtml(), dir.resolve("kinds.pdf")));
    }

    /** One nested list, a link, a table and an image: the elements the seed handout does not have. */
    private static String kindsHtml() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);
        return "<html lang=\"en-US\"><head><title>Kinds</title>"
                + "<style>body { font-family: 'Atkinson Hyperlegible'; }</style></head><body>"
                + "<h1>Kinds</h1>"
                + "<ul><li>Outer item<ul><li>Inner item</li></ul></li></ul>"
                + "<p>Call the <a href=\"https://example.org/help\">support line</a> today.</p>"
                + "<table><thead><tr><th>Day</th><th>What to do</th></tr></thead>"
                + "<tbody><tr><td>1</td><td>Rest</td></tr></tbody></table>"
                + "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray())
                + "\" alt=\"A counselor talking with a patient\">"
                + "</body></html>";
    }

    @Test
    void theSeedPdfCarriesEverythingTheSourceHas() throws IOException {
        assertThat(new OutlineComparison().compare(OutputFixtures.seedOutline(), reader.read(seedPdf))).isEmpty();
    }

    /** The files the real renderer writes, not only hand-made ones, which could drift from it. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("renderedHandoutsInBothProfiles")
    void aPdfTheRendererWroteReadsBackAsItsHandoutsOutline(Path source, Profile profile) throws Exception {
        Handout handout = Fixtures.parse(source);
        Path pdf = dir.resolve(handout.slug() + profile.fileSuffix() + ".pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfRenderer().write(handout, profile, out);
        }

        assertThat(new OutlineComparison().compare(Outline.of(handout), reader.read(pdf))).isEmpty();
    }

    static Stream<Arguments> renderedHandoutsInBothProfiles() {
        return Fixtures.renderedHandouts().stream().flatMap(source -> Stream.of(
                Arguments.of(source, Profile.standard(PageSize.LETTER)), Arguments.of(source, Profile.largePrint(PageSize.LETTER))));
    }

    @Test
    void titleComesFromXmpAndLanguageFromTheCatalog() throws IOException {
        Outline outline = reader.read(seedPdf);

        assertThat(outline.title()).isEqualTo("Understanding relapse");
        assertThat(outline.lang()).isEqualTo("en-US");
    }

    @Test
    void withoutXmpTheTitleComesFromTheInfoDictionary() throws IOException {
        Path pdf = OutputFixtures.withoutXmp(seedPdf, dir.resolve("no-xmp.pdf"));

        assertThat(reader.read(pdf).title()).isEqualTo("Understanding relapse");
    }

    @Test
    void wordsAreSeparatedBySingleSpacesAcrossLineBreaks() throws IOException {
        String longQuote = reader.read(seedPdf).quotes().get(2).text();

        assertThat(longQuote).contains("Try to figure out what made you slip and try to avoid it").doesNotContain("  ");
    }

    @Test
    void anElementsActualTextReplacesItsGlyphs() throws IOException {
        Path pdf = OutputFixtures.withActualText(seedPdf, "H2", 0, "Why relapse happens", dir.resolve("actual-text.pdf"));

        assertThat(reader.read(pdf).headings()).contains(new HeadingEntry(2, "Why relapse happens"));
    }

    @Test
    void anUntaggedPdfHasAnEmptyOutline() throws IOException {
        Outline outline = reader.read(OutputFixtures.untaggedPdf(dir.resolve("untagged.pdf")));

        assertThat(outline.headings()).isEmpty();
        assertThat(outline.lang()).isEmpty();
        assertThat(outline.title()).isEmpty();
    }

    @Test
    void aCustomTypeIsReadAsTheStandardTypeTheRoleMapGivesIt() throws IOException {
        Path pdf = OutputFixtures.roleMapped(seedPdf, "H2", "Subheading", dir.resolve("role-mapped.pdf"));

        assertThat(reader.read(pdf).headings()).contains(new HeadingEntry(2, "Why does relapse happen?"));
    }

    @Test
    void aGenericHeadingTakesItsLevelFromTheSectionsAroundIt() throws IOException {
        Path outerSection = OutputFixtures.retyped(seedPdf, "Div", 0, "Sect", dir.resolve("sect1.pdf"));
        Path innerSection = OutputFixtures.retyped(outerSection, "Div", 0, "Sect", dir.resolve("sect2.pdf"));
        Path generic = OutputFixtures.retyped(innerSection, "H2", 0, "H", dir.resolve("generic-h.pdf"));

        assertThat(reader.read(generic).headings()).contains(new HeadingEntry(2, "Why does relapse happen?"));
    }

    @Test
    void aNestedListItemHasItsOwnTextAndDepth() {
        assertThat(kinds.items()).containsExactly(new ListEntry("Outer item", 1), new ListEntry("Inner item", 2));
    }

    @Test
    void aLinkCarriesItsTextAndTheUriOfItsAnnotation() {
        assertThat(kinds.links()).containsExactly(new LinkEntry("support line", "https://example.org/help"));
    }

    @Test
    void aLinkWrappedOntoTheNextLineIsOneLink() throws IOException {
        String words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";
        Path pdf = OutputFixtures.taggedPdf("<html lang='en'><head><title>T</title></head>"
                + "<body style=\"font-family: 'Atkinson Hyperlegible'\"><p><a href='https://example.org/a'>" + words
                + " " + words + "</a></p></body></html>", dir.resolve("wrapped-link.pdf"));

        assertThat(reader.read(pdf).links()).containsExactly(new LinkEntry(words + " " + words, "https://example.org/a"));
    }

    @Test
    void twoLinksToOneTargetWithTextBetweenStayTwoLinks() throws IOException {
        Path pdf = OutputFixtures.taggedPdf("<html lang='en'><head><title>T</title></head>"
                + "<body style=\"font-family: 'Atkinson Hyperlegible'\"><p><a href='https://example.org/a'>call</a> or"
                + " <a href='https://example.org/a'>write</a></p></body></html>", dir.resolve("two-links.pdf"));

        assertThat(reader.read(pdf).links()).containsExactly(new LinkEntry("call", "https://example.org/a"),
                new LinkEntry("write", "https://example.org/a"));
    }

    @Test
    void aTablesHeadersAreTheHeaderCellsOfItsFirstRow() {
        assertThat(kinds.tables()).singleElement().extracting(Outline.TableEntry::headers)
                .isEqualTo(List.of("Day", "What to do"));
    }

    @Test
    void aFigureCarriesItsAlternativeText() {
        assertThat(kinds.images()).containsExactly(new ImageEntry("A counselor talking with a patient", false));
    }
}
