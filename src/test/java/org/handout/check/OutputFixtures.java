package org.handout.check;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.handout.Fixtures;
import org.handout.model.InvalidHandoutException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * The files the check tests read: the seed handout's expected outline, a hand-written HTML rendering of it,
 * tagged PDFs made the way handout makes them (OpenHTMLtoPDF in PDF/UA mode with the bundled fonts), an
 * untagged PDF written directly with PDFBox, and single-fault mutations of these files.
 */
public final class OutputFixtures {

    /** The seed handout as hand-written HTML shaped like HtmlRenderer's output. */
    public static final Path SEED_HTML = Path.of("src/test/resources/check/understanding-relapse.html");

    private static final String FONTS = "styles/fonts/";

    private OutputFixtures() {
    }

    /** What every output of the seed handout must carry, from the real source through the real parser. */
    public static Outline seedOutline() throws IOException {
        try {
            return Outline.of(Fixtures.parse(Fixtures.SEED));
        } catch (InvalidHandoutException e) {
            throw new IllegalStateException("the seed handout no longer parses", e);
        }
    }

    /** Copies the seed HTML with one change made to its DOM. */
    public static Path mutatedSeedHtml(Consumer<Document> change, Path target) throws IOException {
        Document document = Jsoup.parse(SEED_HTML.toFile(), "UTF-8");
        change.accept(document);
        Files.writeString(target, document.outerHtml(), StandardCharsets.UTF_8);
        return target;
    }

    /** Renders an HTML file to a tagged PDF/UA-1 PDF, as the real PdfRenderer does. */
    public static Path taggedPdf(Path html, Path target) throws IOException {
        return taggedPdf(Files.readString(html, StandardCharsets.UTF_8), target);
    }

    public static Path taggedPdf(String html, Path target) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .useFont(new File(FONTS + "AtkinsonHyperlegible_400Regular.ttf"), "Atkinson Hyperlegible", 400, FontStyle.NORMAL, true)
                .useFont(new File(FONTS + "AtkinsonHyperlegible_400Regular_Italic.ttf"), "Atkinson Hyperlegible", 400, FontStyle.ITALIC, true)
                .useFont(new File(FONTS + "AtkinsonHyperlegible_700Bold.ttf"), "Atkinson Hyperlegible", 700, FontStyle.NORMAL, true)
                .useFont(new File(FONTS + "AtkinsonHyperlegible_700Bold_Italic.ttf"), "Atkinson Hyperlegible", 700, FontStyle.ITALIC, true)
                .withW3cDocument(W3CDom.convert(Jsoup.parse(html)), "");
        try (OutputStream out = Files.newOutputStream(target)) {
            builder.toStream(out).run();
        }
        return target;
    }

    /** A PDF with visible text but no structure tree, language or title: what PDF/UA exists to prevent. */
    public static Path untaggedPdf(Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Understanding relapse");
                content.endText();
            }
            document.save(target.toFile());
        }
        return target;
    }

    /** Copies a PDF encrypted with AES-128; an empty user password opens it in any viewer, any other must be typed. */
    public static Path encrypted(Path pdf, String userPassword, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(target.toFile());
        }
        return target;
    }

    /** Copies a tagged PDF with the n-th (0-based) structure element of one type retyped to another. */
    public static Path retyped(Path source, String fromType, int occurrence, String toType, Path target) throws IOException {
        return edited(source, fromType, occurrence, element -> element.setStructureType(toType), target);
    }

    /** Copies a tagged PDF with /ActualText set on the n-th (0-based) structure element of a type. */
    public static Path withActualText(Path source, String type, int occurrence, String actualText, Path target) throws IOException {
        return edited(source, type, occurrence, element -> element.setActualText(actualText), target);
    }

    private static Path edited(Path source, String type, int occurrence, Consumer<PDStructureElement> edit, Path target)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            PDStructureElement element = nthElement(document.getDocumentCatalog().getStructureTreeRoot(), type,
                    new int[] {occurrence});
            if (element == null) {
                throw new IllegalArgumentException("no " + type + " #" + occurrence + " in " + source);
            }
            edit.accept(element);
            document.save(target.toFile());
        }
        return target;
    }

    /** Copies a tagged PDF, adding a custom structure type that the role map maps to a standard one. */
    public static Path roleMapped(Path source, String fromType, String customType, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            nthElement(root, fromType, new int[] {0}).setStructureType(customType);
            Map<String, String> roles = new HashMap<>();
            root.getRoleMap().forEach((custom, standard) -> roles.put(custom, String.valueOf(standard)));
            roles.put(customType, fromType);
            root.setRoleMap(roles);
            document.save(target.toFile());
        }
        return target;
    }

    /** Copies a PDF without its XMP metadata stream, as older tools write them. */
    public static Path withoutXmp(Path source, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.METADATA);
            document.save(target.toFile());
        }
        return target;
    }

    /** Copies a PDF without the catalog's /Lang entry. */
    public static Path withoutLanguage(Path source, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.LANG);
            document.save(target.toFile());
        }
        return target;
    }

    private static PDStructureElement nthElement(PDStructureNode node, String type, int[] remaining) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType()) && remaining[0]-- == 0) {
                    return element;
                }
                PDStructureElement found = nthElement(element, type, remaining);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
