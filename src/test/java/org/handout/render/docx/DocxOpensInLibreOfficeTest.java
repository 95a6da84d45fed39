package org.handout.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.handout.render.docx.RenderedDocx.SEED;
import static org.handout.render.docx.RenderedDocx.STANDARD;
import static org.handout.render.docx.RenderedDocx.parse;
import static org.handout.render.docx.RenderedDocx.render;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.handout.check.Outline;
import org.handout.model.Handout;
import org.handout.render.Profile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real office suite opens every DOCX: LibreOffice converts it to PDF, and every heading, quote,
 * attribution and list item of the model is in that PDF's text. Valid XML that Word or
 * LibreOffice refuses, or that they open with text missing, fails here.
 */
@Tag("office")
class DocxOpensInLibreOfficeTest {
    private static final long CONVERSION_LIMIT_SECONDS = 120;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.handout.render.docx.RenderedDocx#handoutsAndProfiles")
    void libreOfficeShowsEveryHeadingQuoteAndListItem(Path source, Profile profile) throws Exception {
        Handout handout = parse(source);
        Path docx = render(handout, profile, dir);

        assertThat(missingFromPdf(docx, Outline.of(handout))).isEmpty();
    }

    @Test
    void aHeadingDeletedFromTheDocxIsReportedMissing() throws Exception {
        Handout handout = parse(SEED);
        Path damaged = dir.resolve("damaged.docx");
        try (XWPFDocument document = RenderedDocx.open(render(handout, STANDARD, dir));
             OutputStream out = Files.newOutputStream(damaged)) {
            XWPFParagraph heading = document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("Why does relapse happen?")).findFirst().orElseThrow();
            document.removeBodyElement(document.getPosOfParagraph(heading));
            document.write(out);
        }

        assertThat(missingFromPdf(damaged, Outline.of(handout))).containsExactly("Why does relapse happen?");
    }

    private List<String> missingFromPdf(Path docx, Outline expected) throws Exception {
        String pdfText = words(textOf(convertToPdf(docx)));
        return expectedTexts(expected).stream().filter(text -> !pdfText.contains(words(text))).toList();
    }

    private static List<String> expectedTexts(Outline outline) {
        List<String> texts = new ArrayList<>();
        outline.headings().forEach(h -> texts.add(h.text()));
        outline.quotes().forEach(q -> {
            texts.add(q.text());
            q.attribution().ifPresent(texts::add);
        });
        outline.items().forEach(i -> texts.add(i.text()));
        return texts;
    }

    private Path convertToPdf(Path docx) throws Exception {
        String soffice = findOnPath("soffice");
        Path log = dir.resolve("soffice.log");
        Process process = new ProcessBuilder(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(CONVERSION_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not convert %s within %d s", docx.getFileName(), CONVERSION_LIMIT_SECONDS);
        }
        String name = docx.getFileName().toString();
        Path pdf = dir.resolve(name.substring(0, name.length() - ".docx".length()) + ".pdf");
        assertThat(pdf).as("LibreOffice output (exit %d): %s", process.exitValue(), Files.readString(log)).exists();
        return pdf;
    }

    private static String findOnPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fail("'%s' is not on PATH: run the tests with ./test, which installs LibreOffice Writer "
                + "(or apt-get install -y libreoffice-writer); "
                + "this test proves the DOCX opens in a real office suite and must not be skipped", program);
    }

    private static String textOf(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Compares words, not layout: line wraps become spaces and ligatures their letters. */
    private static String words(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }
}
