package org.handout.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmptyArtifactsTest {

    @Test
    void aRenderedHandoutHasNoArtifactSequenceThatMarksNothing(@TempDir Path folder) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(RenderedPdf.render(RenderedPdf.SEED, RenderedPdf.standard(), folder).toFile())) {
            for (PDPage page : pdf.getPages()) {
                List<String> operators = operators(page);
                assertThat(String.join(" ", operators)).doesNotContain("BDC EMC").doesNotContain("BMC EMC");
                assertThat(operators).contains("BDC");
            }
        }
    }

    @Test
    void emptyArtifactsGoWithTheirPropertiesAndTaggedOrFilledSequencesStay() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDResources resources = new PDResources();
            COSDictionary properties = new COSDictionary();
            properties.setItem(COSName.getPDFName("Empty"), new COSDictionary());
            properties.setItem(COSName.getPDFName("Filled"), new COSDictionary());
            resources.getCOSObject().setItem(COSName.PROPERTIES, properties);
            page.setResources(resources);
            String content = "/P <</MCID 0>> BDC EMC\n"
                    + "/Artifact /Empty BDC EMC\n"
                    + "/Artifact BMC /Artifact <</Type /Background>> BDC EMC EMC\n"
                    + "/Artifact /Filled BDC 0 0 10 10 re f EMC\n";
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);

            EmptyArtifacts.remove(document);

            assertThat(String.join(" ", operators(page))).isEqualTo("BDC EMC BDC re f EMC");
            assertThat(properties.keySet()).containsExactly(COSName.getPDFName("Filled"));
        }
    }

    private static List<String> operators(PDPage page) throws Exception {
        List<String> operators = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator operator) {
                operators.add(operator.getName());
            }
        }
        return operators;
    }
}
