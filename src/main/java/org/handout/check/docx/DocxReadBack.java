package org.handout.check.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.handout.check.FoundText;
import org.handout.check.Outline;
import org.handout.check.OutlineReadBack;

/** A DOCX read back: one load serves its outline and its text; measures that need more open the file themselves. */
public record DocxReadBack(Path file, Outline outline, FoundText text) implements OutlineReadBack {
    private static final DocxOutlineReader OUTLINE = new DocxOutlineReader();
    private static final DocxTextReader TEXT = new DocxTextReader();

    public static DocxReadBack read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            return new DocxReadBack(file, OUTLINE.read(document), TEXT.read(document));
        }
    }

    @Override
    public int pages() {
        return 0;
    }
}
