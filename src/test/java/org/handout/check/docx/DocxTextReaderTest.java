package org.handout.check.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.handout.check.RenderedText;
import org.handout.check.TextBlock;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.render.docx.DocxRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

class DocxTextReaderTest {
    @TempDir
    Path folder;

    private Path render(Path source, Profile profile) throws Exception {
        return RenderedText.render(source, new DocxRenderer(), profile, "docx", folder);
    }

    private Path mutated(Path source, Consumer<XWPFDocument> change) throws Exception {
        Path file = render(source, Profile.standard(PageSize.LETTER));
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            change.accept(document);
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
        return file;
    }

    private List<String> differences(Path source, Path file) throws Exception {
        return RenderedText.differences(source, new DocxTextReader(), file);
    }

    private static XWPFParagraph paragraphStarting(XWPFDocument document, String start) {
        return document.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
    }

    static Stream<Arguments> fixturesInEveryProfile() {
        return RenderedText.inEveryProfile(RenderedText.SEED, RenderedText.NESTED,
                RenderedText.ITEM_PARAGRAPH_AFTER_NESTED_LIST);
    }

    @ParameterizedTest
    @MethodSource("fixturesInEveryProfile")
    void everyFixtureReadsAsItsSource(Path source, Profile profile) throws Exception {
        assertThat(differences(source, render(source, profile))).isEmpty();
    }

    @Test
    void thePageNumberFooterIsNotRead() throws Exception {
        List<String> texts = new DocxTextReader().read(render(RenderedText.SEED, Profile.standard(PageSize.LETTER)))
                .blocks().stream().map(TextBlock::text).toList();
        assertThat(texts).noneMatch(text -> text.matches(".*\\bPage\\b.*"));
    }

    @Test
    void aDroppedParagraphIsMissing() throws Exception {
        Path file = mutated(RenderedText.SEED, document ->
                document.removeBodyElement(document.getPosOfParagraph(paragraphStarting(document, "Quitting"))));
        assertThat(differences(RenderedText.SEED, file))
                .containsExactly("paragraph 3 \"Quitting opioid misuse could…\" is missing");
    }

    @Test
    void aChangedWordReadsAsTheNewWord() throws Exception {
        Path file = mutated(RenderedText.SEED, document -> {
            XWPFRun run = paragraphStarting(document, "Quitting").getRuns().get(0);
            run.setText(run.getText(0).replace("hardest", "easiest"), 0);
        });
        assertThat(differences(RenderedText.SEED, file)).containsExactly("paragraph 3: \"hardest\" reads \"easiest\"");
    }

    @Test
    void twoSwappedParagraphsAreInTheWrongOrder() throws Exception {
        Path file = mutated(RenderedText.SEED, document -> {
            CTP first = paragraphStarting(document, "A “relapse”").getCTP();
            CTP second = paragraphStarting(document, "Either way").getCTP();
            CTP copy = (CTP) first.copy();
            first.set(second);
            second.set(copy);
        });
        assertThat(differences(RenderedText.SEED, file)).containsExactly("paragraphs 1 and 2 are in the wrong order");
    }

    @Test
    void anEmptiedTableCellIsMissing() throws Exception {
        Path file = mutated(RenderedText.NESTED, document -> {
            XWPFParagraph cell = document.getTables().get(0).getRow(1).getCell(1).getParagraphs().get(0);
            while (!cell.getRuns().isEmpty()) {
                cell.removeRun(0);
            }
        });
        assertThat(differences(RenderedText.NESTED, file)).containsExactly("table 1, row 1, \"Dose\": \"8 mg\" is missing");
    }
}
