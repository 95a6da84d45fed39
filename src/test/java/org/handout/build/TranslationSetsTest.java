package org.handout.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.handout.source.HandoutParser;
import org.handout.source.SourceHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationSetsTest {
    private final HandoutParser parser = new HandoutParser();

    @TempDir
    Path folder;

    @Test
    void aHandoutsBuildGetsTheParseTheSetsMadeOfItsFile() throws IOException {
        Path source = Files.writeString(folder.resolve("sleep.md"), "# Sleep\n\nRest well.\n");

        TranslationSets sets = TranslationSets.of(folder, parser);

        assertThat(sets.parsed(source)).hasValueSatisfying(parsed -> {
            assertThat(parsed.handout().source()).isEqualTo(source);
            assertThat(parsed.handout().meta().title()).isEqualTo("Sleep");
        });
    }

    @Test
    void aFileChangedSinceTheSetsWereReadIsNotTakenFromThem() throws IOException {
        Path source = Files.writeString(folder.resolve("sleep.md"), "# Sleep\n\nRest well.\n");
        TranslationSets sets = TranslationSets.of(folder, parser);

        Files.writeString(source, "\nOne more paragraph.\n", StandardOpenOption.APPEND);

        assertThat(sets.parsed(source)).isEmpty();
    }

    @Test
    void aFileThatDoesNotParseIsLeftToItsOwnBuild() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.md"), "no heading at all\n");

        assertThat(TranslationSets.of(folder, parser).parsed(broken)).isEmpty();
    }

    @Test
    void aFileWhoseMarkdownIsWrongHasItsHeaderInTheSetsButNoParse() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.md"), "---\nlang: es\n---\n# One\n\n# Two\n");
        TranslationSets sets = TranslationSets.of(folder, parser);

        assertThat(sets.header(broken)).hasValueSatisfying(header -> assertThat(header.lang().getLanguage()).isEqualTo("es"));
        assertThat(sets.parsed(broken)).isEmpty();
    }

    @Test
    void aTranslationWhoseMarkdownIsWrongIsNoVersionOfItsSource() throws IOException {
        Path source = Files.writeString(folder.resolve("sleep.md"), "# Sleep\n\nRest well.\n");
        Files.writeString(folder.resolve("sleep-es.md"), "---\nlang: es\ntranslation-of: sleep\n---\n# Dormir\n\nDescansa.\n");
        Files.writeString(folder.resolve("sleep-fr.md"), "---\nlang: fr\ntranslation-of: sleep\n---\n# Un\n\n# Deux\n");
        TranslationSets sets = TranslationSets.of(folder, parser);

        assertThat(sets.otherVersions(sets.header(source).orElseThrow())).extracting(SourceHeader::slug)
                .containsExactly("sleep-es");
    }
}
