package org.handout.check.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.handout.check.RenderedText;
import org.handout.check.TextBlock;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.render.pdf.PdfRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfTextReaderTest {
    @TempDir
    Path folder;

    private Path render(Path source, Profile profile) throws Exception {
        return RenderedText.render(source, new PdfRenderer(), profile, "pdf", folder);
    }

    private interface Change {
        void apply(PDDocument document) throws Exception;
    }

    private Path mutated(Path source, Change change) throws Exception {
        Path file = render(source, Profile.standard(PageSize.LETTER));
        Path target = folder.resolve("mutated.pdf");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            change.apply(document);
            document.save(target.toFile());
        }
        return target;
    }

    private List<String> differences(Path source, Path file) throws Exception {
        return RenderedText.differences(source, new PdfTextReader(), file);
    }

    static Stream<Arguments> fixturesInEveryProfile() {
        return RenderedText.inEveryProfile(RenderedText.SEED, RenderedText.NESTED, RenderedText.ITEM_PARAGRAPH_AFTER_NESTED_LIST);
    }

    @ParameterizedTest
    @MethodSource("fixturesInEveryProfile")
    void everyFixtureReadsAsItsSource(Path source, Profile profile) throws Exception {
        assertThat(differences(source, render(source, profile))).isEmpty();
    }

    @Test
    void theRunningFooterPageNumbersAndListLabelsAreNotRead() throws Exception {
        List<String> texts = new PdfTextReader().read(render(RenderedText.NESTED, Profile.standard(PageSize.LETTER)))
                .blocks().stream().map(TextBlock::text).toList();
        assertThat(texts).noneMatch(text -> text.contains("Page 1") || text.contains("Reviewed") || text.startsWith("•")
                || text.matches("^\\d+\\..*"));
    }

    @Test
    void aDroppedParagraphIsMissing() throws Exception {
        Path file = mutated(RenderedText.SEED, document -> {
            TaggedPdfEdit.Tagged paragraph = TaggedPdfEdit.find(document, "P", "Quitting");
            TaggedPdfEdit.removeText(document, paragraph);
            TaggedPdfEdit.untag(paragraph);
        });
        assertThat(differences(RenderedText.SEED, file))
                .containsExactly("paragraph 3 \"Quitting opioid misuse could…\" is missing");
    }

    @Test
    void aChangedWordReadsAsTheNewWord() throws Exception {
        Path file = mutated(RenderedText.SEED, document ->
                TaggedPdfEdit.swapLetters(document, TaggedPdfEdit.find(document, "P", "Quitting"), "hardest", 2));
        assertThat(differences(RenderedText.SEED, file)).containsExactly("paragraph 3: \"hardest\" reads \"hadrest\"");
    }

    @Test
    void twoSwappedParagraphsAreInTheWrongOrder() throws Exception {
        Path file = mutated(RenderedText.SEED, document ->
                TaggedPdfEdit.swapWithNext(TaggedPdfEdit.find(document, "P", "A “relapse”")));
        assertThat(differences(RenderedText.SEED, file)).containsExactly("paragraphs 1 and 2 are in the wrong order");
    }

    @Test
    void anEmptiedTableCellIsMissing() throws Exception {
        Path file = mutated(RenderedText.NESTED, document ->
                TaggedPdfEdit.removeText(document, TaggedPdfEdit.find(document, "TD", "8 mg")));
        assertThat(differences(RenderedText.NESTED, file)).containsExactly("table 1, row 1, \"Dose\": \"8 mg\" is missing");
    }

    @Test
    void aParagraphWhoseGlyphsAreNotDrawnIsTaggedButNotDrawn() throws Exception {
        Path file = mutated(RenderedText.SEED, document ->
                TaggedPdfEdit.makeInvisible(document, TaggedPdfEdit.find(document, "P", "Quitting")));
        assertThat(differences(RenderedText.SEED, file))
                .containsExactly("paragraph 3: \"Quitting opioid misuse could…\" is tagged but not drawn");
    }

    @Test
    void aLineDrawnWithoutTagOrArtifactIsNamedByItsPage() throws Exception {
        Path file = mutated(RenderedText.SEED, document -> {
            PDPage last = document.getPage(document.getNumberOfPages() - 1);
            try (PDPageContentStream content = new PDPageContentStream(document, last,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 40);
                content.showText("Call 555-0199 now");
                content.endText();
            }
        });
        assertThat(differences(RenderedText.SEED, file)).containsExactly(
                "page 2: \"Call 555-0199 now\" is drawn but neither tagged nor an artifact");
    }
}
