package org.handout.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handout.check.PdfValidationResult;
import org.handout.check.pdf.PdfUaValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubsetIdentityCMapsTest {
    @TempDir
    static Path folder;

    private static Path seed;

    @BeforeAll
    static void render() throws Exception {
        seed = RenderedPdf.render(RenderedPdf.SEED, RenderedPdf.standard(), folder);
    }

    @Test
    void everyFontOfARenderedHandoutHasAnEmbeddedCMapWithItsCidFontsSystemInfo() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(seed.toFile())) {
            List<PDType0Font> fonts = type0Fonts(pdf);
            assertThat(fonts).isNotEmpty();
            for (PDType0Font font : fonts) {
                COSStream cmap = (COSStream) font.getCOSObject().getDictionaryObject(COSName.ENCODING);
                assertThat(cmap.getCOSName(COSName.TYPE)).isEqualTo(COSName.getPDFName("CMap"));
                assertThat(cmap.getCOSDictionary(COSName.CIDSYSTEMINFO))
                        .isEqualTo(font.getDescendantFont().getCOSObject().getCOSDictionary(COSName.CIDSYSTEMINFO));
                assertThat(cmap.getInt(COSName.getPDFName("WMode"))).isZero();
                assertThat(font.getCMap().getWMode()).isZero();
            }
        }
    }

    @Test
    void everyGlyphOfTheSubsetIsSelectedByTheSameCodeAsWithIdentityH() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(seed.toFile())) {
            for (PDType0Font font : type0Fonts(pdf)) {
                byte[] cidToGid = bytes((COSStream) font.getDescendantFont().getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP));
                int glyphs = 0;
                for (int cid = 0; 2 * cid + 1 < cidToGid.length; cid++) {
                    if (cidToGid[2 * cid] != 0 || cidToGid[2 * cid + 1] != 0) {
                        assertThat(font.codeToCID(cid)).as("code %04X", cid).isEqualTo(cid);
                        glyphs++;
                    }
                }
                assertThat(glyphs).isPositive();
            }
            assertThat(new PDFTextStripper().getText(pdf)).contains("Understanding relapse");
        }
    }

    @Test
    void theCMapMapsItsRowsOneToOneAndLeavesOtherCodesToNotdef() throws Exception {
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        CMap cmap = new CMapParser().parse(new RandomAccessReadBuffer(
                SubsetIdentityCMaps.program("Test-Identity-H", systemInfo, List.of(0x00, 0x4E)).getBytes(StandardCharsets.US_ASCII)));

        assertThat(cmap.getName()).isEqualTo("Test-Identity-H");
        assertThat(cmap.getOrdering()).isEqualTo("Identity");
        assertThat(cmap.toCID(new byte[] {0x00, 0x41})).isEqualTo(0x41);
        assertThat(cmap.toCID(new byte[] {0x4E, 0x2D})).isEqualTo(0x4E2D);
        assertThat(cmap.toCID(new byte[] {0x12, 0x34})).isZero();
    }

    @Test
    void theRowsAreThoseOfCidsWithAGlyph() throws Exception {
        byte[] map = new byte[2 * 0x4E2E];
        map[2 * 0x41 + 1] = 1;
        map[2 * 0x42 + 1] = 2;
        map[2 * 0x4E2D + 1] = 3;
        try (PDDocument document = new PDDocument()) {
            COSStream cidToGid = document.getDocument().createCOSStream();
            try (OutputStream out = cidToGid.createOutputStream()) {
                out.write(map);
            }
            assertThat(SubsetIdentityCMaps.rowsWithGlyphs(cidToGid)).containsExactly(0x00, 0x4E);
        }
    }

    @Test
    void aCMapThatLeavesOutARowTheTextIsDrawnFromFailsPdfUa() throws Exception {
        Path narrowed = folder.resolve("narrowed.pdf");
        try (PDDocument pdf = Loader.loadPDF(seed.toFile())) {
            PDType0Font font = type0Fonts(pdf).get(0);
            COSStream cmap = (COSStream) font.getCOSObject().getDictionaryObject(COSName.ENCODING);
            String program = new String(bytes(cmap), StandardCharsets.US_ASCII);
            try (OutputStream out = cmap.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(program.replace("<0000> <00FF> 0", "<FF00> <FFFF> 65280").getBytes(StandardCharsets.US_ASCII));
            }
            pdf.save(narrowed.toFile());
        }

        PdfValidationResult result = PdfUaValidator.pdfUa1().validate(narrowed);

        assertThat(result.compliant()).isFalse();
        assertThat(result.failedRules()).extracting(PdfValidationResult.FailedRule::clause).contains("7.21.8");
    }

    @Test
    void aCMapWhoseSystemInfoDiffersFromTheCidFontsFailsPdfUa() throws Exception {
        Path mismatched = folder.resolve("mismatched.pdf");
        try (PDDocument pdf = Loader.loadPDF(seed.toFile())) {
            COSStream cmap = (COSStream) type0Fonts(pdf).get(0).getCOSObject().getDictionaryObject(COSName.ENCODING);
            COSDictionary japanese = new COSDictionary();
            japanese.setString(COSName.REGISTRY, "Adobe");
            japanese.setString(COSName.ORDERING, "Japan1");
            japanese.setInt(COSName.SUPPLEMENT, 6);
            cmap.setItem(COSName.CIDSYSTEMINFO, japanese);
            pdf.save(mismatched.toFile());
        }

        PdfValidationResult result = PdfUaValidator.pdfUa1().validate(mismatched);

        assertThat(result.failedRules()).extracting(PdfValidationResult.FailedRule::clause).contains("7.21.3.1");
    }

    @Test
    void aFontWithAnotherEncodingIsLeftAlone() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(seed.toFile())) {
            COSDictionary font = type0Fonts(pdf).get(0).getCOSObject();
            font.setItem(COSName.ENCODING, COSName.getPDFName("Identity-V"));

            SubsetIdentityCMaps.apply(pdf);

            assertThat(font.getDictionaryObject(COSName.ENCODING)).isEqualTo(COSName.getPDFName("Identity-V"));
        }
    }

    private static List<PDType0Font> type0Fonts(PDDocument pdf) throws Exception {
        List<PDType0Font> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (font instanceof PDType0Font type0 && fonts.stream().noneMatch(known -> known.getCOSObject() == type0.getCOSObject())) {
                    fonts.add(type0);
                }
            }
        }
        return fonts;
    }

    private static byte[] bytes(COSStream stream) throws Exception {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }
}
