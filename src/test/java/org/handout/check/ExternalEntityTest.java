package org.handout.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.handout.check.docx.DocxOutlineReader;
import org.handout.check.html.HtmlOutlineReader;
import org.handout.check.pdf.PdfOutlineReader;
import org.handout.check.pdf.PdfTagSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a file must never read other files: an XML external entity declared in a DOCX part or in
 * a PDF's XMP metadata and pointing at a local file is not resolved into the outline. A reader may
 * refuse such a file, but its message must not carry the file's content either.
 */
class ExternalEntityTest {
    private static final String SECRET = "SECRET-MARKER-7f3a";

    @TempDir
    Path dir;
    private String secretUri;

    @BeforeEach
    void secretFileBesideTheDocument() throws IOException {
        secretUri = Files.writeString(dir.resolve("secret.txt"), SECRET).toUri().toString();
    }

    private String doctype(String root) {
        return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secretUri + "\">]>";
    }

    /**
     * What a reader made of the file: its outline, or why it refused the file. POI refuses any
     * DOCTYPE in a package part outright, with its unchecked POIXMLException.
     */
    private static String outlineOrRefusal(OutlineReader reader, Path file) {
        try {
            return reader.read(file).toString();
        } catch (IOException | POIXMLException refused) {
            return String.valueOf(refused.getMessage());
        }
    }

    @Test
    void theEntityFixtureLeaksTheSecretThroughANaiveXmlParser() throws Exception {
        String xml = doctype("title") + "<title>Title &xxe;</title>";

        var naive = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(naive.getDocumentElement().getTextContent()).contains(SECRET);
    }

    @Test
    void docxBodyEntityIsNotResolved() throws IOException {
        Path docx = docxWithPart("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype("w:document")
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Title &xxe;</w:t></w:r></w:p>"
                + "</w:body></w:document>");

        assertThat(outlineOrRefusal(new DocxOutlineReader(), docx)).doesNotContain(SECRET);
    }

    @Test
    void docxCorePropertiesEntityIsNotResolved() throws IOException {
        Path docx = docxWithPart("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype("cp:coreProperties")
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Title &xxe;</dc:title></cp:coreProperties>");

        assertThat(outlineOrRefusal(new DocxOutlineReader(), docx)).doesNotContain(SECRET);
    }

    @Test
    void pdfXmpEntityIsNotResolved() throws IOException {
        Path pdf = dir.resolve("xmp-entity.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            PDMetadata metadata = new PDMetadata(document);
            try (OutputStream out = metadata.createOutputStream()) {
                out.write(xmpWithEntity().getBytes(StandardCharsets.UTF_8));
            }
            document.getDocumentCatalog().setMetadata(metadata);
            document.save(pdf.toFile());
        }

        assertThat(outlineOrRefusal(new PdfOutlineReader(), pdf)).doesNotContain(SECRET);
        assertThat(PdfTagSummary.of(pdf).title()).doesNotContain(SECRET);
    }

    @Test
    void htmlDoctypeEntityIsNotResolved() throws IOException {
        Path html = Files.writeString(dir.resolve("entity.html"), doctype("html")
                + "<html lang=\"en\"><head><title>T &xxe;</title></head><body><h1>T &xxe;</h1></body></html>");

        assertThat(outlineOrRefusal(new HtmlOutlineReader(), html)).doesNotContain(SECRET);
    }

    /** The entity would land in the title: XMP dc:title is what the PDF readers report as the title. */
    private String xmpWithEntity() {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>" + doctype("x:xmpmeta")
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Title &xxe;</rdf:li></rdf:Alt></dc:title>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    /** A real DOCX written by POI, with one part replaced by {@code xml}. */
    private Path docxWithPart(String part, String xml) throws IOException {
        Path plain = dir.resolve("plain.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(plain)) {
            document.createParagraph().createRun().setText("Title");
            document.getProperties().getCoreProperties().setTitle("Title");
            document.write(out);
        }
        Path tampered = dir.resolve("entity.docx");
        try (ZipFile zip = new ZipFile(plain.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return tampered;
    }
}
