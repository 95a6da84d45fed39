package org.handout.check.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.handout.check.OutputFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTagSummaryTest {

    @TempDir
    static Path dir;

    private static Path seedPdf;
    private static PdfTagSummary seed;
    private static PdfTagSummary untagged;

    @BeforeAll
    static void inspectFixtures() throws IOException {
        seedPdf = OutputFixtures.taggedPdf(OutputFixtures.SEED_HTML, dir.resolve("seed.pdf"));
        seed = PdfTagSummary.of(seedPdf);
        untagged = PdfTagSummary.of(OutputFixtures.untaggedPdf(dir.resolve("untagged.pdf")));
    }

    @Test
    void aPdfUaPdfIsTaggedWithTheStandardTypesOfItsContent() {
        assertThat(seed.tagged()).isTrue();
        assertThat(seed.structureTypes()).containsEntry("H1", 1).containsEntry("H2", 1).containsEntry("BlockQuote", 4)
                .containsEntry("L", 1).containsEntry("LI", 4).containsEntry("Lbl", 4).containsEntry("LBody", 4);
        assertThat(seed.unmappedTypes()).isEmpty();
    }

    @Test
    void aPdfUaPdfAnnouncesItsTitleAndLanguage() {
        assertThat(seed.title()).isEqualTo("Understanding relapse");
        assertThat(seed.lang()).isEqualTo("en-US");
        assertThat(seed.displayDocTitle()).isTrue();
    }

    @Test
    void aPdfUaPdfEmbedsEveryFontAndMarksDecorationAsArtifacts() {
        assertThat(seed.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font.name()).contains("AtkinsonHyperlegible"));
        assertThat(seed.allFontsEmbedded()).isTrue();
        assertThat(seed.artifacts()).isPositive();
    }

    @Test
    void anUntaggedPdfHasNoStructureNoLanguageAndAnUnembeddedFont() {
        assertThat(untagged.tagged()).isFalse();
        assertThat(untagged.structureTypes()).isEmpty();
        assertThat(untagged.lang()).isEmpty();
        assertThat(untagged.artifacts()).isZero();
        assertThat(untagged.fonts()).singleElement().satisfies(font -> {
            assertThat(font.name()).isEqualTo("Helvetica");
            assertThat(font.embedded()).isFalse();
        });
        assertThat(untagged.allFontsEmbedded()).isFalse();
    }

    @Test
    void aCustomTypeTheRoleMapMapsCountsAsItsStandardType() throws IOException {
        PdfTagSummary summary = PdfTagSummary.of(
                OutputFixtures.roleMapped(seedPdf, "H2", "Subheading", dir.resolve("mapped.pdf")));

        assertThat(summary.roleMap()).containsEntry("Subheading", "H2");
        assertThat(summary.structureTypes()).containsEntry("H2", 1);
        assertThat(summary.unmappedTypes()).isEmpty();
    }

    @Test
    void aCustomTypeTheRoleMapDoesNotMapIsReportedAsUnmapped() throws IOException {
        PdfTagSummary summary = PdfTagSummary.of(
                OutputFixtures.retyped(seedPdf, "BlockQuote", 0, "PullQuote", dir.resolve("unmapped.pdf")));

        assertThat(summary.unmappedTypes()).containsExactly("PullQuote");
        assertThat(summary.structureTypes()).containsEntry("BlockQuote", 3);
    }
}
