package org.handout.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.handout.Fixtures;
import org.handout.model.Handout;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.source.HandoutParser;
import org.junit.jupiter.params.provider.Arguments;

/** The handouts the DOCX tests render, and the one way they are rendered into a test's folder. */
final class RenderedDocx {
    static final Path SEED = Fixtures.SEED;
    static final Path EVERY_BLOCK = Fixtures.DOCX_EVERY_BLOCK;
    static final Path ITEM_PARAGRAPH_AFTER_NESTED_LIST = Fixtures.ITEM_PARAGRAPH_AFTER_NESTED_LIST;
    static final Profile STANDARD = Profile.standard(PageSize.LETTER);
    static final Profile LARGE_PRINT = Profile.largePrint(PageSize.LETTER);

    private RenderedDocx() {
    }

    static Handout parse(Path source) throws Exception {
        return new HandoutParser().parse(source).handout();
    }

    /** Renders into {@code dir} under the name the build gives it: {@code <slug><suffix>.docx}. */
    static Path render(Handout handout, Profile profile, Path dir) throws Exception {
        Path file = dir.resolve(handout.slug() + profile.fileSuffix() + ".docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxRenderer().write(handout, profile, out);
        }
        return file;
    }

    static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static Stream<Profile> profiles() {
        return Stream.of(STANDARD, LARGE_PRINT);
    }

    /** Every fixture in both print profiles, for parameterized tests. */
    static Stream<Arguments> handoutsAndProfiles() {
        return Stream.of(SEED, EVERY_BLOCK).flatMap(source -> Stream.of(
                Arguments.of(source, STANDARD), Arguments.of(source, LARGE_PRINT)));
    }
}
