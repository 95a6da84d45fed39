package org.handout.check.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Form XObjects whose resources name each other are each read once, not once per path through the cycle. */
class FormXObjectCycleTest {
    private static final int FORMS = 12;

    @TempDir
    Path dir;

    @Test
    void fontsOfFormsThatReferToEachOtherInACycleAreCollectedOnce() throws IOException {
        Path pdf = formsInACycle(dir.resolve("cycle.pdf"));
        PdfTagSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                return PdfTagSummary.of(document);
            }
        });
        assertThat(summary.fonts()).extracting(PdfTagSummary.FontResource::name).containsExactly("Courier");
    }

    /**
     * A page whose resources hold twelve forms, each of whose resources hold all twelve again: a walk without
     * memory of visited forms takes 12^depth steps.
     */
    private static Path formsInACycle(Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            List<PDFormXObject> forms = new ArrayList<>();
            for (int i = 0; i < FORMS; i++) {
                PDFormXObject form = new PDFormXObject(document);
                form.setResources(new PDResources());
                forms.add(form);
            }
            forms.get(FORMS - 1).getResources().put(COSName.getPDFName("F1"),
                    new PDType1Font(Standard14Fonts.FontName.COURIER));
            PDResources pageResources = new PDResources();
            page.setResources(pageResources);
            for (int i = 0; i < FORMS; i++) {
                pageResources.put(COSName.getPDFName("Fm" + i), forms.get(i));
                for (PDFormXObject form : forms) {
                    form.getResources().put(COSName.getPDFName("Fm" + i), forms.get(i));
                }
            }
            document.save(target.toFile());
        }
        return target;
    }
}
