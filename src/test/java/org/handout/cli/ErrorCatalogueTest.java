package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.handout.check.OutputFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/ERRORS.md lists every message the tool prints: each bad input here goes through the real
 * command, and every line it prints on the error stream must be one the catalogue documents.
 */
class ErrorCatalogueTest {
    private static final Path SOURCE_FIXTURES = Path.of("src/test/resources/source");
    private static final Path ERROR_FIXTURES = Path.of("src/test/resources/errors");
    private static final DocumentedMessages DOCUMENTED = DocumentedMessages.read();

    @TempDir
    Path dir;

    @BeforeEach
    void imagesTheFixturesName() throws IOException {
        Files.copy(SOURCE_FIXTURES.resolve("pill.png"), dir.resolve("pill.png"));
        Files.copy(ERROR_FIXTURES.resolve("chart.svg"), dir.resolve("chart.svg"));
        Files.copy(ERROR_FIXTURES.resolve("broken.png"), dir.resolve("broken.png"));
    }

    private CommandRun build(Path source, String... options) {
        return CommandRun.of(Stream.concat(Stream.of("build", source.toString(), "--out", dir.resolve("output").toString(),
                "--no-check"), Stream.of(options)).toArray(String[]::new));
    }

    private static void assertEveryLineDocumented(CommandRun run, Path source) {
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as("what the tool printed").isNotEmpty().allSatisfy(line -> {
            assertThat(DocumentedMessages.problemOf(line, source)).as("'%s' names %s", line, source)
                    .hasValueSatisfying(problem -> assertThat(DOCUMENTED.documents(problem))
                            .as("'%s' is documented in %s", problem, DocumentedMessages.ERRORS_MD).isTrue());
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            source | bad-yaml.md             | html
            source | code-block.md           | html
            source | emoji.md                | pdf
            source | image-file-url.md       | html
            source | image-outside-folder.md | html
            source | image-without-alt.md    | html
            source | malformed-lang.md       | html
            source | missing-image.md        | html
            source | no-title.md             | html
            source | numeric-lang.md         | html
            source | raw-html.md             | html
            source | skipped-level.md        | html
            source | two-titles.md           | html
            errors | unclosed-front-matter.md  | html
            errors | front-matter-not-a-map.md | html
            errors | unknown-key.md            | html
            errors | translation-of-unknown.md | html
            errors | translation-of-itself.md  | html
            errors | reviewed-not-a-date.md    | html
            errors | keywords-not-a-list.md    | html
            errors | keywords-not-words.md     | html
            errors | unknown-language.md       | html
            errors | heading-before-title.md   | html
            errors | heading-in-quote.md       | html
            errors | image-in-sentence.md      | html
            errors | image-not-png.md          | html
            errors | image-not-readable.md     | html
            errors | image-not-readable.md     | docx
            errors | relative-link.md          | html
            errors | pdf-not-available.md      | pdf
            errors | no-page-words.md          | html
            errors | no-braille-table.md       | braille
            errors | no-braille-cell.md        | braille
            errors | language-mark-with-spaces.md | html
            errors | language-mark-stray.md    | html
            errors | language-mark-alone.md    | html
            """)
    void everyMessageAboutABadHandoutIsDocumented(String folder, String fixture, String format) throws IOException {
        Path source = Files.copy(Path.of("src/test/resources", folder, fixture), dir.resolve(fixture));

        assertEveryLineDocumented(build(source, "--formats", format), source);
    }

    @Test
    void emptyFileMessageIsDocumented() throws IOException {
        Path source = Files.writeString(dir.resolve("empty.md"), "\n\n");

        assertEveryLineDocumented(build(source), source);
    }

    @Test
    void notUtf8MessageIsDocumented() throws IOException {
        Path source = Files.write(dir.resolve("latin1.md"), new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});

        assertEveryLineDocumented(build(source), source);
    }

    @Test
    void tooLargeMessageIsDocumented() throws IOException {
        Path source = Files.writeString(dir.resolve("large.md"), "# A title longer than ten bytes\n");

        assertEveryLineDocumented(build(source, "--max-source-bytes", "10"), source);
    }

    @Test
    void missingFileMessageIsDocumented() {
        Path source = dir.resolve("gone.md");

        assertEveryLineDocumented(build(source), source);
    }

    @Test
    void sameOutputNameMessageIsDocumented() throws IOException {
        Path first = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("dose.md"), "# Dose\n");
        Path second = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("dose.md"), "# Dose\n");

        CommandRun run = CommandRun.of("build", first.toString(), second.toString(), "--out", dir.resolve("output").toString(),
                "--formats", "html");

        assertEveryLineDocumented(run, second);
    }

    @Test
    void unwritableOutputFolderMessageIsDocumented() throws IOException {
        Path source = Files.writeString(dir.resolve("dose.md"), "# Dose\n");
        Path outIsAFile = Files.writeString(dir.resolve("output"), "not a folder");

        CommandRun run = CommandRun.of("build", source.toString(), "--out", outIsAFile.toString(), "--formats", "html");

        assertEveryLineDocumented(run, source);
    }

    @Test
    void auditMessagesAreDocumented() throws IOException {
        Path missing = dir.resolve("gone.pdf");
        Path markdown = Files.writeString(dir.resolve("dose.md"), "# Dose\n");
        Path textNamedPdf = Files.writeString(dir.resolve("dose.pdf"), "# Dose\n");
        Path empty = Files.writeString(dir.resolve("empty.html"), "");
        Path good = OutputFixtures.untaggedPdf(dir.resolve("good.pdf"));
        Path locked = OutputFixtures.encrypted(good, "patient", dir.resolve("locked.pdf"));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        Path zip = dir.resolve("archive.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("notes.txt"));
        }

        for (Path file : List.of(missing, markdown, textNamedPdf, empty, locked, truncated, zip)) {
            CommandRun run = CommandRun.of("audit", file.toString());
            assertThat(run.exitCode()).as(file.toString()).isEqualTo(3);
            assertEveryLineDocumented(run, file);
        }
    }

    @ParameterizedTest(name = "handout {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''
            build --jobs 0 x.md
            build --page-size b5 x.md
            build --braille-grade 3 x.md
            build --formats pdff x.md
            build --jobs many x.md
            build --bogus x.md
            build --max-source-bytes big x.md
            build --shard 3/2 x.md
            build --shard half x.md
            audit
            audit --timeout 0 x.pdf
            audit --profile ua3 x.pdf
            audit TEMP
            check OUT
            """)
    void everyCommandLineMessageIsDocumented(String commandLine) {
        String[] args = commandLine.isEmpty() ? new String[0]
                : commandLine.replace("OUT", dir.resolve("empty").toString()).replace("TEMP", dir.toString()).split(" ");

        CommandRun run = CommandRun.of(args);

        assertThat(run.exitCode()).isEqualTo(2);
        String message = run.err().lines().findFirst().orElse("");
        assertThat(DOCUMENTED.documents(message)).as("'%s' is documented in %s", message, DocumentedMessages.ERRORS_MD)
                .isTrue();
    }

    @Test
    void anUndocumentedMessageIsCaught() {
        assertThat(DOCUMENTED.documents("heading skips from level 2 to level 4; use ### here")).isTrue();
        assertThat(DOCUMENTED.documents("heading skipped a level")).isFalse();
        assertThat(DOCUMENTED.documents("file not found; was it moved or deleted? Also something else")).isFalse();
    }

    @Test
    void everyTranslationWarningIsDocumented() throws IOException {
        Path translations = Path.of("src/test/resources/translation");
        Path source = Files.copy(translations.resolve("taking-your-medicine.md"), dir.resolve("taking-your-medicine.md"));
        Files.copy(SOURCE_FIXTURES.resolve("pill.png"), dir.resolve("pill.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String edited = Files.readString(translations.resolve("tomar-su-medicamento.md"))
                .replace("reviewed: 2026-11-15\n", "")
                .replace("## Dosis", "### Dosis")
                .replace(">\n> — Un paciente\n", "")
                .replace("- Pregunte a su farmacéutico\n", "")
                .replace("![Una pastilla blanca y redonda](pill.png)", "![](pill.png \"decorative\")")
                .replace("| 2 | 4 mg |\n", "")
                .replace("(https://example.org/help)", "(https://example.org/ayuda)")
                .replace("Visite", "Llame al [teléfono](tel:+15550199) o visite");
        Path translation = Files.writeString(dir.resolve("tomar-su-medicamento.md"), edited);

        CommandRun run = CommandRun.of("build", source.toString(), translation.toString(), "--out",
                dir.resolve("output").toString(), "--no-check", "--formats", "html");

        assertThat(run.err().lines().filter(line -> line.contains("translation of"))).hasSizeGreaterThanOrEqualTo(8);
        assertEveryLineDocumented(run, translation);
    }
}
