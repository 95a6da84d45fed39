package org.handout.check.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.check.audit.TaggedPdf.group;
import static org.handout.check.audit.TaggedPdf.tag;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handout.check.Outline;
import org.handout.check.Outline.HeadingEntry;
import org.handout.check.audit.TaggedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A structure tree that lists an ancestor among an element's kids is read once, not until the stack overflows. */
class StructureTreeCycleTest {
    @TempDir
    Path dir;

    @Test
    void outlineReaderReadsEachElementOfACyclicTreeOnce() throws IOException {
        Path pdf = cyclic();
        Outline outline = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new PdfOutlineReader().read(pdf));
        assertThat(outline.headings()).containsExactly(new HeadingEntry(1, "Understanding relapse"));
        assertThat(outline.items()).hasSize(1);
        assertThat(outline.tables()).hasSize(1);
    }

    @Test
    void tagSummaryCountsEachElementOfACyclicTreeOnce() throws IOException {
        Path pdf = cyclic();
        PdfTagSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PdfTagSummary.of(pdf));
        assertThat(summary.structureTypes()).containsEntry("H1", 1).containsEntry("LI", 1).containsEntry("Document", 1);
    }

    /** The Document element is also a kid of the list item's body and of the table's cell. */
    private Path cyclic() throws IOException {
        Path pdf = TaggedPdf.of(tag("H1", "Understanding relapse"),
                group("L", group("LI", tag("LBody", "Call someone"))),
                group("Table", group("TR", tag("TD", "cell")))).save(dir.resolve("plain.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            COSDictionary root = document.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            COSDictionary documentElement = (COSDictionary) root.getDictionaryObject(COSName.K);
            COSArray kids = (COSArray) documentElement.getDictionaryObject(COSName.K);
            COSDictionary list = (COSDictionary) kids.getObject(1);
            COSDictionary item = (COSDictionary) list.getDictionaryObject(COSName.K);
            addKid((COSDictionary) item.getDictionaryObject(COSName.K), documentElement);
            COSDictionary table = (COSDictionary) kids.getObject(2);
            COSDictionary row = (COSDictionary) table.getDictionaryObject(COSName.K);
            addKid((COSDictionary) row.getDictionaryObject(COSName.K), documentElement);
            Path cyclic = dir.resolve("cyclic.pdf");
            document.save(cyclic.toFile());
            return cyclic;
        }
    }

    private static void addKid(COSDictionary element, COSDictionary kid) {
        COSArray kids = new COSArray();
        kids.add(element.getDictionaryObject(COSName.K));
        kids.add(kid);
        element.setItem(COSName.K, kids);
    }
}
