package org.handout.check.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/** The title assistive technology announces for a PDF. */
final class PdfTitle {

    private PdfTitle() {
    }

    /** XMP dc:title is what PDF/UA requires; the Info dictionary's Title is the fallback older tools write. */
    static String of(PDDocument document) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            try {
                XMPMetadata xmp = new DomXmpParser().parse(metadata.toByteArray());
                DublinCoreSchema dc = xmp.getDublinCoreSchema();
                if (dc != null && dc.getTitle() != null && !dc.getTitle().isBlank()) {
                    return dc.getTitle();
                }
            } catch (XmpParsingException | BadFieldValueException e) {
                // Broken XMP is a finding for the validator; the reader falls back to the Info dictionary.
            }
        }
        String info = document.getDocumentInformation().getTitle();
        return info == null ? "" : info;
    }
}
