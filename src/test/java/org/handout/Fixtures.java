package org.handout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.source.HandoutParser;

/** The handout sources the tests share, each named once. */
public final class Fixtures {
    /** The first real handout, "Understanding relapse". */
    public static final Path SEED = Path.of("source-content/understanding-relapse.md");
    public static final String SEED_SLUG = "understanding-relapse";
    /** Its Spanish translation, "Entender la recaída". */
    public static final Path SEED_SPANISH = Path.of("source-content/understanding-relapse-es.md");
    /** Every block and inline kind, with an image and a decorative picture, for the renderers. */
    public static final Path EVERY_BLOCK = Path.of("src/test/resources/render/every-block.md");
    /** Every block kind with the pictures DOCX embeds. */
    public static final Path DOCX_EVERY_BLOCK = Path.of("src/test/resources/docx/every-block.md");
    /** A list item whose last paragraph follows its nested list. */
    public static final Path ITEM_PARAGRAPH_AFTER_NESTED_LIST = Path.of("src/test/resources/text/item-paragraph-after-nested-list.md");

    /** An English handout with a paragraph and a list item in Chinese and a phrase in Spanish. */
    public static final Path LANGUAGE_PARTS = Path.of("src/test/resources/languages/parts/chinese-paragraph.md");

    private Fixtures() {
    }

    /** The handouts every format must carry whole, as the real renderers write them. */
    public static List<Path> renderedHandouts() {
        return List.of(SEED, EVERY_BLOCK, ITEM_PARAGRAPH_AFTER_NESTED_LIST);
    }

    public static Handout parse(Path source) throws IOException, InvalidHandoutException {
        return new HandoutParser().parse(source).handout();
    }
}
