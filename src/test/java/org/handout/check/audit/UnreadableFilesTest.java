package org.handout.check.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.check.audit.TaggedPdf.tag;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.handout.check.OutputFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file gets a verdict; one that cannot be read gets one plain line naming it, never a Java class name. */
class UnreadableFilesTest {
    @TempDir
    Path dir;

    private static void assertUnreadable(AuditResult result, Path file, String reason) {
        assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.message()).startsWith(file.toString()).contains(reason)
                .doesNotContainPattern("\\b[a-z]+\\.[a-z]+(\\.[a-z]+)*\\.[A-Z]\\w+").doesNotContain("Exception");
    }

    private Path goodPdf(String name) throws IOException {
        return TaggedPdf.of(tag("H1", "Understanding relapse"), tag("P", "Text")).save(dir.resolve(name));
    }

    private Path encrypted(Path pdf, String userPassword) throws IOException {
        return OutputFixtures.encrypted(pdf, userPassword, dir.resolve("encrypted-" + userPassword.length() + ".pdf"));
    }

    @Test
    void pdfEncryptedWithTheEmptyUserPasswordIsAudited() throws IOException {
        Path pdf = encrypted(goodPdf("open.pdf"), "");
        AuditResult result = Audit.of(pdf);
        assertThat(result.verdict()).isNotEqualTo(Verdict.UNREADABLE);
        assertThat(result.preview().lines()).extracting(ScreenReaderPreview.Line::text).contains("heading level 1: Understanding relapse");
        assertThat(result.validation()).isPresent();
        assertThat(result.missingParts()).anyMatch(part -> part.contains("decrypted copy"));
    }

    @Test
    void pdfThatNeedsAPasswordIsUnreadable() throws IOException {
        Path pdf = encrypted(goodPdf("locked.pdf"), "patient");
        assertUnreadable(Audit.of(pdf), pdf, "needs a password");
    }

    @Test
    void passwordProtectedDocxIsUnreadableNotAnOldExcelFile() throws Exception {
        Path docx = dir.resolve("protected.docx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("patient");
            try (OutputStream plain = encryptor.getDataStream(container); XWPFDocument document = new XWPFDocument()) {
                document.createParagraph().createRun().setText("Secret");
                document.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(docx)) {
                container.writeFilesystem(out);
            }
        }
        AuditResult result = Audit.of(docx);
        assertUnreadable(result, docx, "needs a password");
        assertThat(result.message()).doesNotContain("OLE2").doesNotContain("HSSF");
    }

    @Test
    void textFileNamedPdfIsNotAPdf() throws IOException {
        Path fake = Files.writeString(dir.resolve("handout.pdf"), "Dear patient,\nthis is not a PDF.\n");
        assertUnreadable(Audit.of(fake), fake, "not a PDF despite its name: it holds plain text");
    }

    @Test
    void truncatedPdfIsDamagedAtTheByteWhereItEnds() throws IOException {
        byte[] whole = Files.readAllBytes(goodPdf("whole.pdf"));
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 2));
        assertUnreadable(Audit.of(cut), cut, "damaged at byte " + whole.length / 2);
    }

    @Test
    void fileOverTheSizeLimitIsTooLarge() throws IOException {
        Path pdf = goodPdf("big.pdf");
        assertUnreadable(new Audit(100, PdfUaProfile.DECLARED).audit(pdf), pdf, "too large");
    }

    @Test
    void docxWithBrokenXmlIsDamagedWithoutClassNames() throws IOException {
        Path docx = dir.resolve("broken.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes());
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                    .getBytes());
        }
        assertUnreadable(Audit.of(docx), docx, "damaged");
    }

    @Test
    void missingFileIsNamed() {
        Path nowhere = dir.resolve("nowhere.html");
        assertUnreadable(Audit.of(nowhere), nowhere, "no such file");
    }

    @Test
    void readableFileIsClassifiedByItsContent() throws IOException {
        assertThat(AuditInput.classify(goodPdf("fine.pdf"), AuditInput.DEFAULT_LARGEST_BYTES).format())
                .isEqualTo(DocumentFormat.PDF);
        Path html = Files.writeString(dir.resolve("page.htm"), "<!DOCTYPE html><html lang=en><title>T</title></html>");
        assertThat(AuditInput.classify(html, AuditInput.DEFAULT_LARGEST_BYTES).format()).isEqualTo(DocumentFormat.HTML);
    }
}
