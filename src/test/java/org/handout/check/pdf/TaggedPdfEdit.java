package org.handout.check.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Single-fault edits of a tagged PDF for the mutation tests: find a structure element by its first words, then
 * change its marked content on the page (remove its text, make it invisible, swap two of its letters) or its place
 * in the tree.
 */
public final class TaggedPdfEdit {
    private static final Set<String> SHOW_TEXT = Set.of("Tj", "TJ", "'", "\"");

    private TaggedPdfEdit() {
    }

    /** An element of this type and its page, with the MCIDs of its own marked content. */
    public record Tagged(PDStructureElement element, PDPage page, List<Integer> mcids) {
    }

    /** The first element of {@code type} in tree order whose marked content starts with {@code start}. */
    public static Tagged find(PDDocument document, String type, String start) throws IOException {
        Tagged found = find(document, document.getDocumentCatalog().getStructureTreeRoot(), type, start, null);
        if (found == null) {
            throw new IllegalStateException("no " + type + " starting \"" + start + "\"");
        }
        return found;
    }

    private static Tagged find(PDDocument document, PDStructureNode node, String type, String start, PDPage page)
            throws IOException {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                PDPage elementPage = element.getPage() != null ? element.getPage() : page;
                if (element.getStructureType().equals(type)) {
                    List<Integer> mcids = new ArrayList<>();
                    collectMcids(element, mcids);
                    if (text(document, elementPage, mcids).startsWith(start)) {
                        return new Tagged(element, elementPage, mcids);
                    }
                }
                Tagged inside = find(document, element, type, start, elementPage);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    private static void collectMcids(PDStructureElement element, List<Integer> mcids) {
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid) {
                mcids.add(mcid);
            } else if (kid instanceof PDStructureElement child) {
                collectMcids(child, mcids);
            }
        }
    }

    private static String text(PDDocument document, PDPage page, List<Integer> mcids) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(document.getPage(document.getPages().indexOf(page)));
        StringBuilder text = new StringBuilder();
        extractor.getMarkedContents().stream().filter(content -> mcids.contains(content.getMCID()))
                .flatMap(content -> content.getContents().stream())
                .filter(TextPosition.class::isInstance)
                .forEach(glyph -> text.append(((TextPosition) glyph).getUnicode()));
        return text.toString();
    }

    /** Removes every text-showing operator of the element's marked content: nothing drawn, nothing tagged. */
    static void removeText(PDDocument document, Tagged tagged) throws IOException {
        edit(document, tagged, (tokens, inside) -> {
            List<Object> kept = new ArrayList<>();
            int operandsStart = 0;
            for (int t = 0; t < tokens.size(); t++) {
                Object token = tokens.get(t);
                if (token instanceof Operator operator) {
                    boolean drop = inside.get(t) && SHOW_TEXT.contains(operator.getName());
                    if (!drop) {
                        kept.addAll(tokens.subList(operandsStart, t + 1));
                    }
                    operandsStart = t + 1;
                }
            }
            return kept;
        });
    }

    /** Sets text render mode 3 (neither fill nor stroke) for the element's marked content: tagged, not drawn. */
    public static void makeInvisible(PDDocument document, Tagged tagged) throws IOException {
        edit(document, tagged, (tokens, inside) -> {
            List<Object> edited = new ArrayList<>();
            for (int t = 0; t < tokens.size(); t++) {
                boolean starts = inside.get(t) && (t == 0 || !inside.get(t - 1));
                boolean ends = !inside.get(t) && t > 0 && inside.get(t - 1);
                if (ends) {
                    edited.add(COSInteger.get(0));
                    edited.add(Operator.getOperator("Tr"));
                }
                edited.add(tokens.get(t));
                if (starts) {
                    edited.add(COSInteger.get(3));
                    edited.add(Operator.getOperator("Tr"));
                }
            }
            return edited;
        });
    }

    /** Swaps the codes of two letters of {@code word} in the one string of the element's content that holds it. */
    static void swapLetters(PDDocument document, Tagged tagged, String word, int letter) throws IOException {
        PDPage page = document.getPage(document.getPages().indexOf(tagged.page()));
        edit(document, tagged, (tokens, inside) -> {
            PDFont font = null;
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t) instanceof Operator operator && operator.getName().equals("Tf")) {
                    font = page.getResources().getFont((COSName) tokens.get(t - 2));
                }
                if (inside.get(t) && font != null) {
                    for (COSString string : strings(tokens.get(t))) {
                        if (swapped(font, string, word, letter)) {
                            return tokens;
                        }
                    }
                }
            }
            throw new IllegalStateException("\"" + word + "\" is not in one string of the element's content");
        });
    }

    private static List<COSString> strings(Object token) {
        List<COSString> strings = new ArrayList<>();
        if (token instanceof COSString string) {
            strings.add(string);
        } else if (token instanceof COSArray array) {
            for (COSBase item : array) {
                if (item instanceof COSString string) {
                    strings.add(string);
                }
            }
        }
        return strings;
    }

    private static boolean swapped(PDFont font, COSString string, String word, int letter) throws IOException {
        byte[] bytes = string.getBytes();
        List<int[]> codes = new ArrayList<>();
        StringBuilder unicode = new StringBuilder();
        try (var in = new java.io.ByteArrayInputStream(bytes)) {
            int offset = 0;
            while (in.available() > 0) {
                int code = font.readCode(in);
                int length = bytes.length - in.available() - offset;
                codes.add(new int[] {offset, length});
                offset += length;
                String text = font.toUnicode(code);
                unicode.append(text == null || text.length() != 1 ? "\uFFFD" : text);
            }
        }
        int at = unicode.indexOf(word);
        if (at < 0) {
            return false;
        }
        int[] first = codes.get(at + letter);
        int[] second = codes.get(at + letter + 1);
        byte[] edited = bytes.clone();
        System.arraycopy(bytes, second[0], edited, first[0], second[1]);
        System.arraycopy(bytes, first[0], edited, first[0] + second[1], first[1]);
        string.setValue(edited);
        return true;
    }

    /** Moves the element after its next sibling element in the structure tree. */
    static void swapWithNext(Tagged tagged) {
        COSDictionary parent = tagged.element().getCOSObject().getCOSDictionary(COSName.P);
        COSArray kids = parent.getCOSArray(COSName.K);
        int index = -1;
        for (int k = 0; k < kids.size(); k++) {
            if (kids.getObject(k) == tagged.element().getCOSObject()) {
                index = k;
            }
        }
        COSBase element = kids.get(index);
        kids.set(index, kids.get(index + 1));
        kids.set(index + 1, element);
    }

    /** Removes the element from the structure tree. */
    static void untag(Tagged tagged) {
        COSDictionary parent = tagged.element().getCOSObject().getCOSDictionary(COSName.P);
        COSArray kids = parent.getCOSArray(COSName.K);
        for (int k = 0; k < kids.size(); k++) {
            if (kids.getObject(k) == tagged.element().getCOSObject()) {
                kids.remove(k);
                return;
            }
        }
    }

    private interface TokenEdit {
        List<Object> apply(List<Object> tokens, List<Boolean> insideElement) throws IOException;
    }

    /** Rewrites the element's page content; {@code insideElement} marks the tokens of its marked content. */
    private static void edit(PDDocument document, Tagged tagged, TokenEdit edit) throws IOException {
        PDPage page = document.getPage(document.getPages().indexOf(tagged.page()));
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Boolean> inside = new ArrayList<>();
        int depth = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Object token = tokens.get(t);
            if (token instanceof Operator operator) {
                String name = operator.getName();
                if (depth > 0 && (name.equals("BDC") || name.equals("BMC"))) {
                    depth++;
                } else if (name.equals("BDC") && tokens.get(t - 1) instanceof COSDictionary properties
                        && tagged.mcids().contains(properties.getInt(COSName.MCID, -1))) {
                    depth = 1;
                    inside.add(true);
                    continue;
                } else if (depth > 0 && name.equals("EMC")) {
                    depth--;
                }
            }
            inside.add(depth > 0);
        }
        List<Object> edited = edit.apply(tokens, inside);
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(edited);
        }
        page.setContents(stream);
    }
}
