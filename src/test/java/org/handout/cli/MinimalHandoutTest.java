package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handout.Fixtures;
import org.handout.check.Difference;
import org.handout.check.Outline;
import org.handout.check.Outline.HeadingEntry;
import org.handout.check.Outline.LinkEntry;
import org.handout.check.Outline.ListEntry;
import org.handout.check.Outline.QuoteEntry;
import org.handout.check.Outline.TableEntry;
import org.handout.check.OutlineComparison;
import org.handout.check.docx.DocxOutlineReader;
import org.handout.check.pdf.PdfOutlineReader;
import org.handout.check.report.JsonMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smallest handouts the generated-handout property found trouble with, kept as plain
 * examples: each builds without a failure, and its output, read back, has the case's structure.
 */
class MinimalHandoutTest {
    @TempDir
    Path dir;

    /** Builds {@code markdown} as {@code name}.md in one format and reads back the file it wrote. */
    private Outline buildAndReadBack(String name, String markdown, String format, String fileName) throws IOException {
        Path source = Files.writeString(dir.resolve(name + ".md"), markdown);
        Path out = dir.resolve("output");

        CommandRun run = CommandRun.of("build", source.toString(), "--out", out.toString(), "--formats", format);

        assertThat(run.exitCode()).as(run.out()).isZero();
        Path file = out.resolve(name).resolve(fileName);
        return fileName.endsWith(".docx") ? new DocxOutlineReader().read(file) : new PdfOutlineReader().read(file);
    }

    /** Builds {@code markdown} as {@code name}.md in braille alone and returns its row of report.json. */
    private JsonNode buildBraille(String name, String markdown) throws IOException {
        Path source = Files.writeString(dir.resolve(name + ".md"), markdown);
        Path out = dir.resolve("output");

        CommandRun run = CommandRun.of("build", source.toString(), "--out", out.toString(), "--formats", "braille");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return JsonMapping.MAPPER.readTree(out.resolve(name).resolve("report.json").toFile()).path("formats").get(0);
    }

    /** A PDF's line breaks read back as spaces; the comparison, not the reader, tells them from real ones. */
    private List<Difference> differencesFromSource(String name, Outline found) throws Exception {
        return new OutlineComparison().compare(Outline.of(Fixtures.parse(dir.resolve(name + ".md"))), found);
    }

    private static void assertPassed(JsonNode braille) {
        assertThat(braille.path("differences")).as("%s", braille).isEmpty();
        assertThat(braille.path("passed").asBoolean()).isTrue();
    }

    @Test
    void titleWordWiderThanACenteredLineIsDividedAndReadsBackWhole() throws IOException {
        JsonNode braille = buildBraille("long-title-word", "# aÀÀ–XýŮÑĶQþē\n");

        assertPassed(braille);
    }

    @Test
    void tableWithEmptyCellsLeavesThemOutOfItsBrailleEntriesAndPasses() throws IOException {
        JsonNode braille = buildBraille("empty-cells", "# a\n\n| Dose | Time | Note |\n| --- | --- | --- |\n|  | 8 am |  |\n|  |  |  |\n");
        String brf = Files.readString(dir.resolve("output/empty-cells/empty-cells.brf"));

        assertPassed(braille);
        assertThat(brf).as("Time: 8 am, alone in its entry").contains("\r\n,\"T3 #H AM\r\n");
    }

    @Test
    void listItemAfterARunoverTooFullForItsFirstWordStaysAListInBraille() throws IOException {
        JsonNode braille = buildBraille("full-runover", "# a\n\n> [!NOTE]\n>\n"
                + "> 1. a-a “a-a «çÖÛwÑĞš ž-Z “ž-A (ŃYfŽCĶŠř\n> 2. **ÆŤèâ** `xnmsa` `cj` *ÏV-Æ K A-z*\n");

        assertPassed(braille);
    }

    @Test
    void wordsAfterACapitalsPassageReadBackInTheirOwnCase() throws IOException {
        JsonNode braille = buildBraille("capitals-passage", "# a\n\n1. A A A Z–z\n\nDO NOT DRIVE after a dose.\n");

        assertPassed(braille);
    }

    @Test
    void titleOnlyHandoutPassesEveryCheckIncludingLargePrintLineSpacing() throws IOException {
        Outline found = buildAndReadBack("title-only", "# a\n", "large-print-pdf", "title-only-large-print.pdf");

        assertThat(found.headings()).containsExactly(new HeadingEntry(1, "a"));
        assertThat(Files.readString(dir.resolve("output/title-only/report.json"))).contains("\"passed\" : true")
                .doesNotContain("\"passed\" : false");
    }

    @Test
    void tableWithOnlyAHeaderRowIsValidPdfUa() throws IOException {
        Outline found = buildAndReadBack("header-only-table", "# a\n\n| Dose |\n| --- |\n", "pdf", "header-only-table.pdf");

        assertThat(found.tables()).containsExactly(new TableEntry(List.of("Dose")));
    }

    @Test
    void titleThatWrapsKeepsLargePrintLineSpacing() throws IOException {
        String title = "Understanding relapse and what to do after one happens to you";

        Outline found = buildAndReadBack("long-title", "# " + title + "\n", "large-print-pdf", "long-title-large-print.pdf");

        assertThat(found.headings()).containsExactly(new HeadingEntry(1, title));
    }

    @Test
    void wordBrokenAfterItsDashAtALineEndReadsBackWhole() throws Exception {
        String longCompound = "a".repeat(45) + "-" + "b".repeat(45);

        Outline found = buildAndReadBack("dash-at-line-end", "# a\n\n- " + longCompound + "\n", "pdf", "dash-at-line-end.pdf");

        assertThat(found.items()).extracting(ListEntry::depth).containsExactly(1);
        assertThat(differencesFromSource("dash-at-line-end", found)).isEmpty();
    }

    @Test
    void linkThatWrapsOntoTheNextLineReadsBackAsOneLink() throws Exception {
        String longCompound = "a".repeat(30) + "-" + "b".repeat(30);
        String longText = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";

        Outline found = buildAndReadBack("wrapped-link", "# a\n\nSome words before the link [" + longCompound
                + " more](https://example.org/x) and after.\n\n[" + longText + "](https://example.org/y)\n", "pdf", "wrapped-link.pdf");

        assertThat(found.links()).extracting(LinkEntry::target).containsExactly("https://example.org/x", "https://example.org/y");
        assertThat(differencesFromSource("wrapped-link", found)).isEmpty();
    }

    @Test
    void quoteThatOpensWithADashKeepsItsTextInDocx() throws IOException {
        Outline found = buildAndReadBack("dash-quote", "# a\n\n> —Said with a dash\n>\n> — Someone\n", "docx", "dash-quote.docx");

        assertThat(found.quotes()).containsExactly(new QuoteEntry("—Said with a dash", Optional.of("Someone")));
    }

    @Test
    void twoAdjacentQuotesWithoutAttributionStayTwoQuotesInDocx() throws IOException {
        Outline found = buildAndReadBack("adjacent-quotes", "# a\n\n> first\n\n> second\n", "docx", "adjacent-quotes.docx");

        assertThat(found.quotes()).containsExactly(new QuoteEntry("first", Optional.empty()), new QuoteEntry("second", Optional.empty()));
    }

    /** Print may break a run longer than any ordinary word; were every cell allowed to, this table broke its words. */
    @Test
    void crowdedLargePrintTableKeepsOrdinaryWordsWhole() throws Exception {
        String markdown = "# a\n\n> “z-a\n>\n> > ßŰ–īýħÙ ğĢÒJ' «řø éâŕŅRëgh (a\n> >\n> > | (z | ÃEÅöAŞŒ z | “óÏňŐŁAŁĚ |\n"
                + "> > | --- | --- | --- |\n> > | Ġţà' ďŞ «ÝBøŅMų | ÿUâŰC ŔvĮœŮçÊĢš | ĎġhĀdąĆŪÊ “z |\n";

        Outline found = buildAndReadBack("crowded-table", markdown, "large-print-pdf", "crowded-table-large-print.pdf");

        assertThat(found.tables()).singleElement().satisfies(table -> assertThat(table.headers())
                .containsExactly("(z", "ÃEÅöAŞŒ z", "“óÏňŐŁAŁĚ"));
    }
}
