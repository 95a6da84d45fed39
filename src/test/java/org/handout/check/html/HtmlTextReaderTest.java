package org.handout.check.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.handout.check.RenderedText;
import org.handout.check.TextBlock;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.render.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTextReaderTest {
    @TempDir
    Path folder;

    private Path render(Path source) throws Exception {
        return RenderedText.render(source, new HtmlRenderer(), Profile.standard(PageSize.LETTER), "html", folder);
    }

    /** A rendering of {@code source} with one change made to its DOM. */
    private Path mutated(Path source, Consumer<Document> change) throws Exception {
        Path file = render(source);
        Document document = Jsoup.parse(file.toFile(), "UTF-8");
        change.accept(document);
        Files.writeString(file, document.outerHtml(), StandardCharsets.UTF_8);
        return file;
    }

    private List<String> differences(Path source, Path file) throws Exception {
        return RenderedText.differences(source, new HtmlTextReader(), file);
    }

    private static Element topLevelParagraph(Document document, int number) {
        return document.select("article > p").get(number - 1);
    }

    @Test
    void theSeedReadsAsItsSource() throws Exception {
        assertThat(differences(RenderedText.SEED, render(RenderedText.SEED))).isEmpty();
    }

    @Test
    void everyNestedShapeReadsAsItsSource() throws Exception {
        assertThat(differences(RenderedText.NESTED, render(RenderedText.NESTED))).isEmpty();
    }

    @Test
    void anItemContinuedAfterItsNestedListReadsAsItsSource() throws Exception {
        Path source = RenderedText.ITEM_PARAGRAPH_AFTER_NESTED_LIST;
        assertThat(differences(source, render(source))).isEmpty();
    }

    @Test
    void theSkipLinkAndFooterAreNotRead() throws Exception {
        List<String> texts = new HtmlTextReader().read(render(RenderedText.NESTED)).blocks().stream()
                .map(TextBlock::text).toList();
        assertThat(texts).noneMatch(text -> text.contains("Skip to content") || text.contains("Reviewed"));
    }

    @Test
    void aDroppedParagraphIsMissing() throws Exception {
        Path file = mutated(RenderedText.SEED, document -> topLevelParagraph(document, 3).remove());
        assertThat(differences(RenderedText.SEED, file))
                .containsExactly("paragraph 3 \"Quitting opioid misuse could…\" is missing");
    }

    @Test
    void aChangedWordReadsAsTheNewWord() throws Exception {
        Path file = mutated(RenderedText.SEED, document -> {
            Element paragraph = topLevelParagraph(document, 3);
            paragraph.text(paragraph.text().replace("hardest", "easiest"));
        });
        assertThat(differences(RenderedText.SEED, file)).containsExactly("paragraph 3: \"hardest\" reads \"easiest\"");
    }

    @Test
    void twoSwappedParagraphsAreInTheWrongOrder() throws Exception {
        Path file = mutated(RenderedText.SEED, document -> {
            Element first = topLevelParagraph(document, 1);
            first.remove();
            topLevelParagraph(document, 1).after(first);
        });
        assertThat(differences(RenderedText.SEED, file)).containsExactly("paragraphs 1 and 2 are in the wrong order");
    }

    @Test
    void anEmptiedTableCellIsMissing() throws Exception {
        Path file = mutated(RenderedText.NESTED, document -> document.select("td").get(1).empty());
        assertThat(differences(RenderedText.NESTED, file)).containsExactly("table 1, row 1, \"Dose\": \"8 mg\" is missing");
    }
}
