package org.handout.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handout.model.Block;
import org.handout.model.Handout;
import org.handout.render.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Page N of M" stays on one line, in reading order, with its spaces, in every script. */
class PageNumberFooterTest {
    private static final Path LANGUAGES = Path.of("src/test/resources/languages");

    @TempDir
    Path dir;

    /** The glyphs drawn below the text area of one page, left to right. */
    private static List<TextPosition> footerGlyphs(Path pdf, int page, Profile profile) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (text.getYDirAdj() > profile.page().heightPt() - profile.marginPt()) {
                        glyphs.add(text);
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
        }
        glyphs.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
        return glyphs;
    }

    /** The handout with its paragraphs repeated until it fills several pages. */
    private Path render(String language, int copies, Profile profile) throws Exception {
        Handout handout = RenderedPdf.parse(LANGUAGES.resolve(language + ".md"));
        List<Block> body = new ArrayList<>(handout.body());
        body.addAll(Collections.nCopies(copies, handout.body().get(1)));
        Path pdf = dir.resolve(language + profile.fileSuffix() + ".pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfRenderer().write(new Handout(handout.meta(), body, handout.source()), profile, out);
        }
        return pdf;
    }

    private static int indexOf(List<TextPosition> glyphs, String unicode) {
        for (int i = 0; i < glyphs.size(); i++) {
            if (glyphs.get(i).getUnicode().equals(unicode)) {
                return i;
            }
        }
        throw new AssertionError("no " + unicode + " in the footer");
    }

    @Test
    void theChinesePageNumberStaysOnOneLineInLargePrint() throws Exception {
        Profile profile = RenderedPdf.largePrint();
        List<TextPosition> footer = footerGlyphs(render("zh-Hans", 0, profile), 1, profile);
        List<TextPosition> pageNumber = footer.subList(indexOf(footer, "第"), footer.size());

        assertThat(pageNumber).extracting(TextPosition::getUnicode).contains("第", "页", "共");
        assertThat(pageNumber).extracting(TextPosition::getYDirAdj).containsOnly(pageNumber.get(0).getYDirAdj());
    }

    @Test
    void theArabicPageNumberReadsFromTheRightWithASpaceBeforeEachNumber() throws Exception {
        Profile profile = RenderedPdf.largePrint();
        List<TextPosition> footer = footerGlyphs(render("ar", 30, profile), 2, profile);
        String drawn = footer.stream().map(TextPosition::getUnicode).reduce("", String::concat);
        int page = indexOf(footer, "2");
        int pages = footer.indexOf(footer.stream().filter(g -> g.getUnicode().matches("[3-9]")).findFirst().orElseThrow());

        // Right to left: the word for "page", the page number, "of", the page count.
        assertThat(pages).as(drawn).isLessThan(page);
        TextPosition number = footer.get(page);
        TextPosition wordAfter = footer.subList(page + 1, footer.size()).stream()
                .filter(glyph -> !glyph.getUnicode().isBlank() && !glyph.getUnicode().equals("\u00A0")).findFirst().orElseThrow();
        assertThat(wordAfter.getXDirAdj() - (number.getXDirAdj() + number.getWidthDirAdj()))
                .as("space between the page number and the word for page in %s", drawn).isGreaterThan(2f);
    }
}
