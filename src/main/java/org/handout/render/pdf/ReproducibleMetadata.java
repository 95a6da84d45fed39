package org.handout.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Replaces what OpenHTMLtoPDF takes from the wall clock (the creation date in the Info
 * dictionary and the XMP) and what PDFBox would draw at random (the trailer /ID), so two builds
 * of the same handout are byte-identical.
 */
final class ReproducibleMetadata {
    static final String PRODUCER = "handout";

    private ReproducibleMetadata() {
    }

    /**
     * @param built       the handout's build timestamp
     * @param fingerprint a digest of everything the PDF is made from; becomes the document /ID
     */
    static void apply(PDDocument document, Instant built, byte[] fingerprint) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.setTimeInMillis(built.toEpochMilli());

        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setProducer(PRODUCER);

        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            XMPMetadata xmp = parse(metadata);
            XMPBasicSchema basic = xmp.getXMPBasicSchema() != null ? xmp.getXMPBasicSchema() : xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setMetadataDate(date);
            if (xmp.getAdobePDFSchema() != null) {
                xmp.getAdobePDFSchema().setProducer(PRODUCER);
            }
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            try {
                new XmpSerializer().serialize(xmp, serialized, true);
            } catch (TransformerException e) {
                throw new IOException("cannot write the XMP metadata back", e);
            }
            try (OutputStream out = metadata.createOutputStream()) {
                out.write(serialized.toByteArray());
            }
        }

        COSArray id = new COSArray();
        id.add(new COSString(fingerprint));
        id.add(new COSString(fingerprint));
        document.getDocument().setDocumentID(id);
    }

    private static XMPMetadata parse(PDMetadata metadata) throws IOException {
        try (InputStream in = metadata.createInputStream()) {
            return new DomXmpParser().parse(in);
        } catch (XmpParsingException e) {
            throw new IOException("OpenHTMLtoPDF wrote XMP metadata PDFBox cannot read back", e);
        }
    }
}
