package org.handout.check;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handout.Fixtures;
import org.handout.model.Handout;
import org.handout.render.PageSize;
import org.handout.render.PageWords;
import org.handout.render.Profile;
import org.handout.render.Renderer;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Handouts rendered by the real renderers for the whole-text tests, and the comparison of a file's text with its
 * source's: the seed, and a fixture of every nested shape the source format allows.
 */
public final class RenderedText {
    public static final Path SEED = Fixtures.SEED;
    public static final Path NESTED = Path.of("src/test/resources/text/nested-blocks.md");
    /** A list item whose paragraphs surround its nested list. */
    public static final Path ITEM_PARAGRAPH_AFTER_NESTED_LIST = Fixtures.ITEM_PARAGRAPH_AFTER_NESTED_LIST;

    private RenderedText() {
    }

    public static Handout parse(Path source) throws Exception {
        return Fixtures.parse(source);
    }

    public static List<TextBlock> expected(Path source) throws Exception {
        Handout handout = parse(source);
        return ExpectedText.of(handout, PageWords.of(handout.meta().lang())::label);
    }

    /** Writes {@code source} with {@code renderer} in {@code profile} to {@code folder}, named by its extension. */
    public static Path render(Path source, Renderer renderer, Profile profile, String extension, Path folder)
            throws Exception {
        Handout handout = parse(source);
        Path target = folder.resolve(handout.slug() + profile.fileSuffix() + "." + extension);
        try (OutputStream out = Files.newOutputStream(target)) {
            renderer.write(handout, profile, out);
        }
        return target;
    }

    public static Stream<Profile> profiles() {
        return Stream.of(Profile.standard(PageSize.LETTER), Profile.largePrint(PageSize.LETTER));
    }

    /** Each source in each profile, as arguments of a parameterized test. */
    public static Stream<Arguments> inEveryProfile(Path... sources) {
        return Stream.of(sources).flatMap(source -> profiles().map(profile -> Arguments.of(source, profile)));
    }

    /** Every difference between the source's text and the text {@code reader} finds in {@code file}, worded. */
    public static List<String> differences(Path source, TextReader reader, Path file) throws Exception {
        return TextComparison.compare(expected(source), reader.read(file)).stream().map(TextDifference::describe).toList();
    }
}
