package org.handout.render.pdf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handout.Fixtures;
import org.handout.model.Handout;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.source.HandoutParser;

/** Builds real handouts into real files for the PDF tests to read back. */
final class RenderedPdf {
    static final Path SEED = Fixtures.SEED;
    static final Path EVERY_BLOCK = Fixtures.EVERY_BLOCK;

    private RenderedPdf() {
    }

    static Handout parse(Path source) throws Exception {
        return new HandoutParser().parse(source).handout();
    }

    static Path render(Path source, Profile profile, Path folder) throws Exception {
        Handout handout = parse(source);
        Path target = folder.resolve(handout.slug() + profile.fileSuffix() + ".pdf");
        try (OutputStream out = Files.newOutputStream(target)) {
            new PdfRenderer().write(handout, profile, out);
        }
        return target;
    }

    static Profile standard() {
        return Profile.standard(PageSize.LETTER);
    }

    static Profile largePrint() {
        return Profile.largePrint(PageSize.LETTER);
    }
}
