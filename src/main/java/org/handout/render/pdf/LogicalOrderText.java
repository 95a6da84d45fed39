package org.handout.render.pdf;

import com.ibm.icu.lang.UCharacter;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.handout.convention.PresentationForms;
import org.handout.render.WritingDirection;
import org.jsoup.nodes.Element;

/**
 * Gives right-to-left text back its logical order for assistive technology. OpenHTMLtoPDF draws
 * such text reordered for display and shaped into presentation forms, and writes no
 * {@code /ActualText}, so a screen reader or an extractor would read it backwards. Each tagged
 * element whose glyphs hold right-to-left letters gets the source text of the HTML element
 * drawn as it as its {@code /ActualText}. The two are paired by what reordering and shaping
 * keep: the same letters in some order, once presentation forms, mirrored brackets and digit
 * shapes are folded. One instance per document; not thread-safe.
 */
final class LogicalOrderText {
    private final Map<String, Deque<String>> sourceBySignature = new HashMap<>();
    private final Map<COSDictionary, Map<Integer, StringBuilder>> pageText = new HashMap<>();
    private final PDDocument pdf;

    private LogicalOrderText(PDDocument pdf, Element body) {
        this.pdf = pdf;
        for (Element element : body.getAllElements()) {
            if (hasRightToLeftLetter(element.ownText())) {
                String text = element.text();
                sourceBySignature.computeIfAbsent(signature(text), key -> new ArrayDeque<>()).add(text);
            }
        }
    }

    /** True when the HTML holds right-to-left text, whose PDF needs {@link #apply}. */
    static boolean needed(Element printHtmlBody) {
        return printHtmlBody.getAllElements().stream().anyMatch(element -> hasRightToLeftLetter(element.ownText()));
    }

    /**
     * Sets {@code /ActualText} on every tagged element that draws right-to-left source text. The
     * document must have been saved and loaded: before, its glyphs have no Unicode values yet.
     */
    static void apply(PDDocument pdf, Element printHtmlBody) throws IOException {
        LogicalOrderText pairing = new LogicalOrderText(pdf, printHtmlBody);
        if (pdf.getDocumentCatalog().getStructureTreeRoot() != null) {
            pairing.visitKids(pdf.getDocumentCatalog().getStructureTreeRoot(), null);
        }
    }

    private void visitKids(PDStructureNode node, PDPage page) throws IOException {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                visit(element, element.getPage() != null ? element.getPage() : page);
            }
        }
    }

    private void visit(PDStructureElement element, PDPage page) throws IOException {
        String drawn = drawnText(element, page);
        if (hasRightToLeftLetter(PresentationForms.toLetters(drawn))) {
            Deque<String> source = sourceBySignature.get(signature(drawn));
            if (source != null && !source.isEmpty()) {
                element.setActualText(source.poll());
                return;
            }
        }
        visitKids(element, page);
    }

    /** Every glyph the element and its descendants draw, in content-stream (visual) order. */
    private String drawnText(PDStructureElement element, PDPage page) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                text.append(drawnText(child, child.getPage() != null ? child.getPage() : page));
            } else if (kid instanceof Integer mcid && page != null) {
                text.append(textOf(page, mcid));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage referencePage = reference.getPage() != null ? reference.getPage() : page;
                if (referencePage != null) {
                    text.append(textOf(referencePage, reference.getMCID()));
                }
            }
        }
        return text.toString();
    }

    private CharSequence textOf(PDPage page, int mcid) throws IOException {
        Map<Integer, StringBuilder> byMcid = pageText.get(page.getCOSObject());
        if (byMcid == null) {
            byMcid = new HashMap<>();
            int index = pdf.getPages().indexOf(page);
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(index >= 0 ? pdf.getPage(index) : page);
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, -1, byMcid);
            }
            pageText.put(page.getCOSObject(), byMcid);
        }
        return byMcid.getOrDefault(mcid, new StringBuilder());
    }

    private static void collect(PDMarkedContent content, int enclosingMcid, Map<Integer, StringBuilder> byMcid) {
        int mcid = content.getMCID() >= 0 ? content.getMCID() : enclosingMcid;
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph && mcid >= 0 && glyph.getUnicode() != null) {
                byMcid.computeIfAbsent(mcid, key -> new StringBuilder()).append(glyph.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                collect(nested, mcid, byMcid);
            }
        }
    }

    private static boolean hasRightToLeftLetter(String text) {
        return text.codePoints().anyMatch(WritingDirection::isRightToLeftLetter);
    }

    /**
     * The text's characters sorted, without spaces and invisible controls, presentation forms as
     * letters, a mirrored bracket as its twin and every digit as its ASCII digit (one glyph may
     * serve Arabic-Indic and Persian digits alike): what survives reordering and shaping.
     */
    static String signature(String text) {
        int[] folded = Normalizer.normalize(PresentationForms.toLetters(text), Normalizer.Form.NFC).codePoints()
                .filter(c -> !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT && c != 0xA0)
                .map(c -> Character.isDigit(c) ? '0' + Character.digit(c, 10) : Math.min(c, UCharacter.getMirror(c)))
                .sorted()
                .toArray();
        return new String(folded, 0, folded.length);
    }
}
