package org.handout.check.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.check.audit.TaggedPdf.tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A PDF declaring PDF/UA-2 in its XMP is validated with veraPDF's UA-2 profile; any other with UA-1. */
class PdfUaProfileTest {
    @TempDir
    Path dir;

    private Path declaring(String pdfuaPart) throws IOException {
        Path pdf = TaggedPdf.of(tag("H1", "Understanding relapse")).save(dir.resolve("plain.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String xmp = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                    + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                    + "<rdf:Description rdf:about='' xmlns:pdfuaid='http://www.aiim.org/pdfua/ns/id/'>"
                    + "<pdfuaid:part>" + pdfuaPart + "</pdfuaid:part></rdf:Description></rdf:RDF></x:xmpmeta>"
                    + "<?xpacket end='w'?>";
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(metadata);
            Path declared = dir.resolve("ua" + pdfuaPart + ".pdf");
            document.save(declared.toFile());
            return declared;
        }
    }

    @Test
    void pdfDeclaringPartTwoIsValidatedAgainstUa2() throws IOException {
        try (PDDocument document = Loader.loadPDF(declaring("2").toFile())) {
            assertThat(PdfUaProfile.declaredPart(document)).contains(2);
            assertThat(PdfUaProfile.DECLARED.validatorFor(document).flavour()).isEqualTo(PDFAFlavour.PDFUA_2);
        }
    }

    @Test
    void pdfDeclaringPartOneIsValidatedAgainstUa1() throws IOException {
        try (PDDocument document = Loader.loadPDF(declaring("1").toFile())) {
            assertThat(PdfUaProfile.declaredPart(document)).contains(1);
            assertThat(PdfUaProfile.DECLARED.validatorFor(document).flavour()).isEqualTo(PDFAFlavour.PDFUA_1);
        }
    }

    @Test
    void pdfWithoutDeclarationIsValidatedAgainstUa1UnlessUa2IsAskedFor() throws IOException {
        try (PDDocument document = Loader.loadPDF(TaggedPdf.of(tag("H1", "T")).save(dir.resolve("none.pdf")).toFile())) {
            assertThat(PdfUaProfile.declaredPart(document)).isEmpty();
            assertThat(PdfUaProfile.DECLARED.validatorFor(document).flavour()).isEqualTo(PDFAFlavour.PDFUA_1);
            assertThat(PdfUaProfile.UA2.validatorFor(document).flavour()).isEqualTo(PDFAFlavour.PDFUA_2);
        }
    }

    @Test
    void auditOfAUa2PdfReportsUa2Rules() throws IOException {
        AuditResult result = Audit.of(declaring("2"));
        assertThat(result.validation()).hasValueSatisfying(v -> assertThat(v.flavour()).isEqualTo("ua2"));
        assertThat(result.findings()).extracting(Finding::id).anyMatch(id -> id.startsWith("verapdf.ua2."));
    }
}
