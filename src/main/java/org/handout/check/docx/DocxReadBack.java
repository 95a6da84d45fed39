package org.handout.check.docx;

import java.io.IOException;
import java.nio.file.Path;
import org.handout.check.Outline;
import org.handout.check.ReadBack;

/** A DOCX read back: its outline; measures that need more open the file themselves. */
public record DocxReadBack(Path file, Outline outline) implements ReadBack {
    private static final DocxOutlineReader OUTLINE = new DocxOutlineReader();

    public static DocxReadBack read(Path file) throws IOException {
        return new DocxReadBack(file, OUTLINE.read(file));
    }

    @Override
    public int pages() {
        return 0;
    }
}
