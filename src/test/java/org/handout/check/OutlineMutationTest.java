package org.handout.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.handout.check.Difference.Kind;
import org.handout.check.html.HtmlOutlineReader;
import org.handout.check.pdf.PdfOutlineReader;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fidelity gate catches real damage: each test breaks exactly one thing in a real output file and expects
 * exactly that one difference, with the message a reviewer would read.
 */
class OutlineMutationTest {

    @TempDir
    static Path dir;

    private static Outline expected;
    private static Path seedPdf;

    private final OutlineComparison comparison = new OutlineComparison();

    @BeforeAll
    static void renderSeed() throws IOException {
        expected = OutputFixtures.seedOutline();
        seedPdf = OutputFixtures.taggedPdf(OutputFixtures.SEED_HTML, dir.resolve("seed.pdf"));
    }

    private List<Difference> htmlDifferences(String name, Consumer<Document> change) throws IOException {
        Path html = OutputFixtures.mutatedSeedHtml(change, dir.resolve(name + ".html"));
        return comparison.compare(expected, new HtmlOutlineReader().read(html));
    }

    private List<Difference> pdfDifferences(Path pdf) throws IOException {
        return comparison.compare(expected, new PdfOutlineReader().read(pdf));
    }

    @Test
    void aBlockquoteTurnedIntoADivIsAMissingQuote() throws IOException {
        List<Difference> differences = htmlDifferences("div-quote", page -> page.selectFirst("blockquote").tagName("div"));

        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.MISSING);
            assertThat(d.describe()).isEqualTo("quote 1 \"“Relapse is part of recovery and…\" is missing");
        });
    }

    @Test
    void aRemovedHeadingIsAMissingHeading() throws IOException {
        List<Difference> differences = htmlDifferences("no-h2", page -> page.selectFirst("h2").remove());

        assertThat(differences).singleElement().extracting(Difference::describe)
                .isEqualTo("heading 2 \"Why does relapse happen?\" is missing");
    }

    @Test
    void aRemovedListItemIsAMissingItemAndTheLaterOnesStayInOrder() throws IOException {
        List<Difference> differences = htmlDifferences("no-li", page -> page.select("li").get(1).remove());

        assertThat(differences).singleElement().extracting(Difference::describe)
                .isEqualTo("list item 2 \"“I was feeling really stressed”\" is missing");
    }

    @Test
    void aRemovedAttributionIsALostAttribution() throws IOException {
        List<Difference> differences = htmlDifferences("no-attribution",
                page -> page.select("blockquote").get(1).selectFirst(".attribution").remove());

        assertThat(differences).singleElement().extracting(Difference::describe)
                .isEqualTo("quote 2 \"“If you’ve had a relapse, get right back…\" lost its attribution \"Personal experience\"");
    }

    @Test
    void aRemovedHtmlLangIsAWrongLanguage() throws IOException {
        List<Difference> differences = htmlDifferences("no-lang", page -> page.selectFirst("html").removeAttr("lang"));

        assertThat(differences).singleElement().extracting(Difference::describe)
                .isEqualTo("the document language is not set (expected en-US)");
    }

    @Test
    void aPdfBlockQuoteRetypedAsAParagraphIsAMissingQuote() throws IOException {
        Path pdf = OutputFixtures.retyped(seedPdf, "BlockQuote", 3, "P", dir.resolve("p-quote.pdf"));

        assertThat(pdfDifferences(pdf)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.MISSING);
            assertThat(d.element()).startsWith("quote 4 \"“Relapses can happen.");
        });
    }

    @Test
    void aPdfHeadingRetypedAsAListItemIsAWrongRole() throws IOException {
        Path pdf = OutputFixtures.retyped(seedPdf, "H2", 0, "LI", dir.resolve("li-heading.pdf"));

        assertThat(pdfDifferences(pdf)).singleElement().extracting(Difference::describe)
                .isEqualTo("heading 2 \"Why does relapse happen?\" is tagged as a list item instead of a heading");
    }

    @Test
    void aPdfWithoutCatalogLangIsAWrongLanguage() throws IOException {
        Path pdf = OutputFixtures.withoutLanguage(seedPdf, dir.resolve("no-lang.pdf"));

        assertThat(pdfDifferences(pdf)).singleElement().extracting(Difference::kind).isEqualTo(Kind.WRONG_LANGUAGE);
    }

    @Test
    void theUnbrokenFilesHaveNoDifferences() throws IOException {
        assertThat(htmlDifferences("unchanged", page -> { })).isEmpty();
        assertThat(pdfDifferences(seedPdf)).isEmpty();
    }
}
