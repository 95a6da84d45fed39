package org.handout.check.audit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Tagged PDFs written directly with PDFBox, tag by tag, so a test states exactly the structure tree it
 * audits: {@code TaggedPdf.of(tag("H1", "Title"), tag("P", "Text"))}. Each leaf tag draws its lines of
 * text (or, for a Figure, a small image) top to bottom on one page, in its own marked-content sequence.
 */
public final class TaggedPdf {

    /** One structure element: a leaf draws {@code lines}, a container holds {@code kids}. */
    public record Tag(String type, List<String> lines, List<Tag> kids, Map<String, String> attributes, float fontPt) {

        public Tag with(String key, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(attributes);
            more.put(key, value);
            return new Tag(type, lines, kids, more, fontPt);
        }

        public Tag sized(float pt) {
            return new Tag(type, lines, kids, attributes, pt);
        }
    }

    public static Tag tag(String type, String... lines) {
        return new Tag(type, List.of(lines), List.of(), Map.of(), 12);
    }

    public static Tag group(String type, Tag... kids) {
        return new Tag(type, List.of(), List.of(kids), Map.of(), 12);
    }

    /** A figure drawing a small grey image; {@code alt} null leaves /Alt out. */
    public static Tag figure(String alt) {
        Tag figure = new Tag("Figure", List.of(), List.of(), Map.of(), 12);
        return alt == null ? figure : figure.with("Alt", alt);
    }

    private final String title;
    private final String lang;
    private final List<Tag> body;
    private boolean drawnBottomUp;

    private TaggedPdf(String title, String lang, List<Tag> body) {
        this.title = title;
        this.lang = lang;
        this.body = body;
    }

    /** English, titled "Understanding relapse". */
    public static TaggedPdf of(Tag... body) {
        return new TaggedPdf("Understanding relapse", "en-US", List.of(body));
    }

    public TaggedPdf titled(String newTitle) {
        TaggedPdf copy = new TaggedPdf(newTitle, lang, body);
        copy.drawnBottomUp = drawnBottomUp;
        return copy;
    }

    /** Draws the leaves from the bottom of the page up, so the tag order runs against the visual order. */
    public TaggedPdf drawnBottomUp() {
        TaggedPdf copy = new TaggedPdf(title, lang, body);
        copy.drawnBottomUp = true;
        return copy;
    }

    public Path save(Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            document.setDocumentInformation(info);
            document.getDocumentCatalog().setLanguage(lang);
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            document.getDocumentCatalog().setMarkInfo(markInfo);
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(root);
            PDStructureElement documentElement = new PDStructureElement("Document", root);
            root.appendKid(documentElement);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Drawing drawing = new Drawing(document, page, content);
                for (Tag tag : body) {
                    drawing.add(tag, documentElement);
                }
            }
            document.save(target.toFile());
        }
        return target;
    }

    /** Draws leaves line by line, numbering their marked content. */
    private final class Drawing {
        private final PDDocument document;
        private final PDPage page;
        private final PDPageContentStream content;
        private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private float y;
        private int mcid;

        Drawing(PDDocument document, PDPage page, PDPageContentStream content) {
            this.document = document;
            this.page = page;
            this.content = content;
            this.y = drawnBottomUp ? 60 : 780;
        }

        void add(Tag tag, PDStructureNode parent) throws IOException {
            PDStructureElement element = new PDStructureElement(tag.type(), parent);
            element.setPage(page);
            tag.attributes().forEach((key, value) -> element.getCOSObject().setString(COSName.getPDFName(key), value));
            parent.appendKid(element);
            for (Tag kid : tag.kids()) {
                add(kid, element);
            }
            if (tag.type().equals("Figure")) {
                drawImage(element);
            } else if (!tag.lines().isEmpty()) {
                drawText(tag, element);
            }
        }

        private void drawText(Tag tag, PDStructureElement element) throws IOException {
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            content.beginMarkedContent(COSName.getPDFName(tag.type()), PDPropertyList.create(properties));
            for (String line : tag.lines()) {
                content.beginText();
                content.setFont(font, tag.fontPt());
                content.newLineAtOffset(72, y);
                content.showText(line);
                content.endText();
                step(tag.fontPt() * 1.4f);
            }
            content.endMarkedContent();
            element.appendKid(PDMarkedContent.create(COSName.getPDFName(tag.type()), properties));
            mcid++;
        }

        private void drawImage(PDStructureElement element) throws IOException {
            BufferedImage pixels = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(document, pixels);
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            content.beginMarkedContent(COSName.getPDFName("Figure"), PDPropertyList.create(properties));
            content.drawImage(image, 72, y - 30, 120, 90);
            content.endMarkedContent();
            element.appendKid(PDMarkedContent.create(COSName.getPDFName("Figure"), properties));
            mcid++;
            step(100);
        }

        private void step(float distance) {
            y = drawnBottomUp ? y + distance : y - distance;
        }
    }
}
