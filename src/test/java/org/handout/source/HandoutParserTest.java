package org.handout.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.handout.model.Block;
import org.handout.model.Code;
import org.handout.model.Emphasis;
import org.handout.model.Handout;
import org.handout.model.Heading;
import org.handout.model.Image;
import org.handout.model.Inline;
import org.handout.model.InvalidHandoutException;
import org.handout.model.Link;
import org.handout.model.ListBlock;
import org.handout.model.Note;
import org.handout.model.NoteKind;
import org.handout.model.Paragraph;
import org.handout.model.Quote;
import org.handout.model.Strong;
import org.handout.model.Table;
import org.handout.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutParserTest {
    private static final Path FIXTURES = Path.of("src/test/resources/source");

    private static Handout parse(String fixture) throws Exception {
        return new HandoutParser().parse(FIXTURES.resolve(fixture)).handout();
    }

    private static List<Block> everyBlock() throws Exception {
        return parse("every-block.md").body();
    }

    private static String errorOf(Path file) {
        return assertThatThrownBy(() -> new HandoutParser().parse(file))
                .isInstanceOf(InvalidHandoutException.class)
                .actual().getMessage();
    }

    private static String errorOf(String fixture) {
        return errorOf(FIXTURES.resolve(fixture));
    }

    @Test
    void frontMatterBecomesMetadata() throws Exception {
        var meta = parse("every-block.md").meta();
        assertThat(meta.title()).isEqualTo("Taking your medicine");
        assertThat(meta.lang()).isEqualTo(Locale.forLanguageTag("es-MX"));
        assertThat(meta.summary()).contains("How and when to take it.");
        assertThat(meta.organization()).contains("Example Clinic");
        assertThat(meta.reviewed()).contains(LocalDate.of(2026, 11, 1));
        assertThat(meta.keywords()).containsExactly("medicine", "dosage");
    }

    @Test
    void headerReadsTheFrontMatterAsTheWholeParseDoes() throws Exception {
        SourceHeader header = new HandoutParser().header(FIXTURES.resolve("every-block.md"));

        assertThat(header.lang()).isEqualTo(parse("every-block.md").meta().lang());
        assertThat(header.translationOf()).isEmpty();
        assertThat(header.slug()).isEqualTo("every-block");
    }

    @Test
    void headerOfAFileWhoseMarkdownIsWrongIsStillRead() throws Exception {
        Path twoTitles = FIXTURES.resolve("two-titles.md");

        assertThat(new HandoutParser().header(twoTitles).lang()).isEqualTo(Locale.forLanguageTag("en-US"));
        assertThat(errorOf(twoTitles)).contains("second '#' heading");
    }

    @Test
    void headerOfWrongFrontMatterIsRefusedAsTheWholeParseRefusesIt() {
        Path badYaml = FIXTURES.resolve("bad-yaml.md");

        assertThatThrownBy(() -> new HandoutParser().header(badYaml))
                .isInstanceOf(InvalidHandoutException.class).hasMessage(errorOf(badYaml));
    }

    @Test
    void languageDefaultsToUsEnglish() throws Exception {
        assertThat(parse("raw-html.md").meta().languageTag()).isEqualTo("en-US");
    }

    @Test
    void headingsKeepLevelAndSourceLine() throws Exception {
        List<Block> body = everyBlock();
        assertThat(body.get(0)).isEqualTo(new Heading(1, List.of(new Text("Taking your medicine")), body.get(0).at()));
        assertThat(body.get(0).at().line()).isEqualTo(9);
        assertThat(body).filteredOn(Heading.class::isInstance).hasSize(2);
    }

    @Test
    void paragraphKeepsInlineRunsAndJoinsSoftBreaksWithASpace() throws Exception {
        Paragraph p = (Paragraph) everyBlock().get(1);
        assertThat(p.text()).containsExactly(
                new Text("Take it "), new Emphasis(List.of(new Text("every"))), new Text(" day with "),
                new Strong(List.of(new Text("water"))), new Text(", at "), new Code("8:00"), new Text(", and call "),
                new Link("tel:+15551234567", List.of(new Text("the clinic"))), new Text(". Second line."));
    }

    @Test
    void quoteEndingInDashParagraphHasThatAsAttribution() throws Exception {
        Quote quote = (Quote) everyBlock().get(3);
        assertThat(quote.body()).hasSize(1);
        assertThat(((Paragraph) quote.body().get(0)).plainText()).isEqualTo("“Set an alarm.”");
        assertThat(quote.attributionText()).contains("A patient");
    }

    @Test
    void quoteWithoutDashParagraphHasNoAttribution() throws Exception {
        Quote quote = (Quote) everyBlock().get(4);
        assertThat(quote.attribution()).isEmpty();
    }

    @Test
    void orderedListNestsBulletListInsideItsItem() throws Exception {
        ListBlock list = (ListBlock) everyBlock().get(5);
        assertThat(list.ordered()).isTrue();
        assertThat(list.items()).extracting(i -> i.plainText()).containsExactly("Morning", "Evening", "Later list item");
        ListBlock nested = (ListBlock) list.items().get(0).body().get(1);
        assertThat(nested.ordered()).isFalse();
        assertThat(nested.items().get(0).plainText()).isEqualTo("with food");
    }

    @Test
    void alertSyntaxBecomesNoteWithoutItsMarker() throws Exception {
        Note note = (Note) everyBlock().get(6);
        assertThat(note.kind()).isEqualTo(NoteKind.WARNING);
        assertThat(((Paragraph) note.body().get(0)).plainText()).isEqualTo("Do not double a dose.");
    }

    @Test
    void tableHasHeaderAndRows() throws Exception {
        Table table = (Table) everyBlock().get(7);
        assertThat(table.header()).extracting(c -> c.plainText()).containsExactly("Time", "Dose");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0)).extracting(c -> c.plainText()).containsExactly("8:00", "1 pill");
    }

    @Test
    void imagesResolveInsideTheHandoutFolder() throws Exception {
        Image image = (Image) everyBlock().get(8);
        assertThat(image.alt()).isEqualTo("A blue pill");
        assertThat(image.decorative()).isFalse();
        assertThat(image.file()).isEqualTo(FIXTURES.resolve("pill.png").toAbsolutePath().normalize());
        Image decorative = (Image) everyBlock().get(9);
        assertThat(decorative.decorative()).isTrue();
    }

    /** The model refuses ragged tables, so the parser must hand it rows as wide as the header. */
    @Test
    void aTableRowShorterOrLongerThanItsHeaderIsMadeAsWideAsTheHeader(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ragged.md"), "# Doses\n\n| Time | Dose |\n| --- | --- |\n"
                + "| 8:00 |\n| 20:00 | 1 pill | extra |\n");
        Table table = (Table) new HandoutParser().parse(file).handout().body().get(1);

        assertThat(table.rows()).allSatisfy(row -> assertThat(row).hasSize(2));
    }

    @Test
    void titleFromFrontMatterAloneBecomesTheLevelOneHeading(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.md"), "---\ntitle: From YAML\n---\nSome text.\n");
        Handout handout = new HandoutParser().parse(file).handout();
        assertThat(handout.body().get(0)).isInstanceOfSatisfying(Heading.class,
                h -> assertThat(h.plainText()).isEqualTo("From YAML"));
    }

    @Test
    void rawHtmlIsKeptAsTextWithAWarning() throws Exception {
        ParsedHandout parsed = new HandoutParser().parse(FIXTURES.resolve("raw-html.md"));
        Paragraph p = (Paragraph) parsed.handout().body().get(1);
        assertThat(p.plainText()).contains("<img src=x onerror=alert(1)>");
        assertThat(parsed.handout().body().get(2)).isInstanceOfSatisfying(Paragraph.class,
                script -> assertThat(script.plainText()).isEqualTo("<script>alert(1)</script>"));
        assertThat(parsed.warnings()).extracting(SourceWarning::message).anyMatch(m -> m.startsWith("raw HTML"));
    }

    @Test
    void javascriptLinkIsDroppedButItsTextStays() throws Exception {
        ParsedHandout parsed = new HandoutParser().parse(FIXTURES.resolve("raw-html.md"));
        Paragraph p = (Paragraph) parsed.handout().body().get(1);
        assertThat(p.text()).noneMatch(Link.class::isInstance);
        assertThat(Inline.plainText(p.text())).endsWith("and me.");
        assertThat(parsed.warnings()).extracting(SourceWarning::message).anyMatch(m -> m.contains("javascript:"));
    }

    @Test
    void skippedHeadingLevelIsAnErrorWithFileAndLine() {
        assertThat(errorOf("skipped-level.md")).contains("skipped-level.md:5:1:").contains("skips from level 2 to level 4");
    }

    @Test
    void secondLevelOneHeadingIsAnErrorWithFileAndLine() {
        assertThat(errorOf("two-titles.md")).contains("two-titles.md:5:1:").contains("second '#' heading");
    }

    @Test
    void imageWithoutAltTextIsAnErrorWithFileAndLine() {
        assertThat(errorOf("image-without-alt.md")).contains("image-without-alt.md:3:1:").contains("no alt text");
    }

    @Test
    void missingTitleIsAnError() {
        assertThat(errorOf("no-title.md")).contains("no title");
    }

    @Test
    void invalidYamlNamesItsLine() {
        assertThat(errorOf("bad-yaml.md")).contains("bad-yaml.md:").contains("front matter is not valid YAML");
    }

    @Test
    void numericLanguageIsATypeError() {
        assertThat(errorOf("numeric-lang.md")).contains("numeric-lang.md:2:1:").contains("lang must be text");
    }

    @Test
    void malformedLanguageTagIsRefused() {
        assertThat(errorOf("malformed-lang.md")).contains("malformed-lang.md:2:1:").contains("BCP 47");
    }

    @Test
    void missingImageFileIsAnError() {
        assertThat(errorOf("missing-image.md")).contains("missing-image.md:3:1:").contains("not found");
    }

    @Test
    void imageOutsideTheHandoutFolderIsRefused() {
        assertThat(errorOf("image-outside-folder.md")).contains("is refused");
    }

    @Test
    void imageFileUrlIsRefused() {
        assertThat(errorOf("image-file-url.md")).contains("is refused");
    }

    @Test
    void codeBlockIsRefusedWithAHint() {
        assertThat(errorOf("code-block.md")).contains("code-block.md:3:").contains("code blocks are not supported");
    }

    @Test
    void invalidUtf8NamesByteOffsetAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("latin1.md"), new byte[] {'#', ' ', 'T', '\n', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertThat(errorOf(file)).contains("latin1.md:3:1:").contains("byte offset 8");
    }

    @Test
    void emptyFileIsAnError(@TempDir Path dir) throws IOException {
        assertThat(errorOf(Files.writeString(dir.resolve("empty.md"), "\n"))).contains("file is empty");
    }

    @Test
    void fileOverTheSizeLimitNamesTheLimitAndTheFlag(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("big.md"), "# T\n\n" + "x".repeat(200));
        assertThatThrownBy(() -> new HandoutParser(100).parse(file))
                .hasMessageContaining("over the limit of 100 bytes")
                .hasMessageContaining("--max-source-bytes");
    }

    @Test
    void translationOfNamesTheSourceBySlug(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("relapse.md"), "# Relapse\n");
        Path translation = Files.writeString(dir.resolve("recaida.md"),
                "---\nlang: es\ntranslation-of: relapse\n---\n# Recaída\n");

        assertThat(new HandoutParser().parse(translation).handout().meta().translationOf()).contains("relapse");
    }

    @Test
    void refusesATranslationOfASlugWithNoFileInTheFolderNamingItsLine(@TempDir Path dir) throws Exception {
        Path translation = Files.writeString(dir.resolve("recaida.md"),
                "---\nlang: es\ntranslation-of: relapse\n---\n# Recaída\n");

        assertThat(errorOf(translation)).isEqualTo(translation + ":3:1: translation-of 'relapse' names no handout in this"
                + " folder; write the file name of the handout it translates, without .md");
    }

    @Test
    void refusesAHandoutThatTranslatesItself(@TempDir Path dir) throws Exception {
        Path translation = Files.writeString(dir.resolve("recaida.md"), "---\ntranslation-of: recaida\n---\n# Recaída\n");

        assertThat(errorOf(translation)).endsWith(":2:1: translation-of names this handout itself; name the handout it translates");
    }
}
