package org.handout.check.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.TextPosition;
import org.handout.check.audit.AccessibleNode.Spot;
import org.handout.check.pdf.MarkedContentText;
import org.handout.check.pdf.PageGlyphs;

/**
 * A tagged PDF's structure tree as assistive technology reads it: each element's role (after the role map), its
 * words from its marked content (or its /ActualText), its /Alt, its /Lang, and where its first glyph sits on the
 * page. Each element is read once, also when a broken tree lists one twice or in a cycle. One instance per
 * document; not thread-safe.
 */
final class PdfTagTree {
    private final PDDocument document;
    private final MarkedContentText markedContent;
    private final Set<COSDictionary> read = new HashSet<>();

    private PdfTagTree(PageGlyphs pages) {
        this.document = pages.document();
        this.markedContent = new MarkedContentText(pages);
    }

    /** The root of the tag tree, or an empty group for an untagged PDF. */
    static AccessibleNode read(PageGlyphs pages) throws IOException {
        PDStructureTreeRoot root = pages.document().getDocumentCatalog().getStructureTreeRoot();
        PdfTagTree tree = new PdfTagTree(pages);
        List<AccessibleNode> kids = root == null ? List.of() : tree.kids(root, null);
        return AccessibleNode.of(Role.GROUP, "StructTreeRoot", joined(kids), kids);
    }

    private List<AccessibleNode> kids(PDStructureNode parent, PDPage page) throws IOException {
        List<AccessibleNode> kids = new ArrayList<>();
        for (Object kid : parent.getKids()) {
            if (kid instanceof PDStructureElement element && read.add(element.getCOSObject())
                    && !"Artifact".equals(element.getStructureType())) {
                kids.add(element(element, element.getPage() != null ? element.getPage() : page));
            }
        }
        return kids;
    }

    private AccessibleNode element(PDStructureElement element, PDPage page) throws IOException {
        String type = element.getStandardStructureType();
        List<TextPosition> ownGlyphs = new ArrayList<>();
        List<AccessibleNode> kids = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                if (read.add(child.getCOSObject()) && !"Artifact".equals(child.getStructureType())) {
                    AccessibleNode node = element(child, child.getPage() != null ? child.getPage() : page);
                    kids.add(node);
                    append(text, node.text(), node.role() == Role.SPAN || node.role() == Role.LINK ? ' ' : '\n');
                }
            } else {
                List<TextPosition> glyphs = contentGlyphs(kid, page);
                ownGlyphs.addAll(glyphs);
                append(text, words(glyphs), ' ');
            }
        }
        String words = element.getActualText() != null ? element.getActualText() : text.toString();
        Spot at = ownGlyphs.isEmpty()
                ? kids.stream().map(AccessibleNode::at).filter(Spot::known).findFirst().orElse(pageOnly(page))
                : spotOf(ownGlyphs.get(0), page);
        return new AccessibleNode(role(type), headingLevel(type), words, "", "", at, type, kids)
                .named(element.getAlternateDescription()).inLanguage(element.getLanguage());
    }

    private static Role role(String type) {
        switch (type) {
            case "H", "H1", "H2", "H3", "H4", "H5", "H6":
                return Role.HEADING;
            case "P", "Caption", "Note", "TOCI", "BibEntry", "Code":
                return Role.PARAGRAPH;
            case "BlockQuote":
                return Role.QUOTE;
            case "L":
                return Role.LIST;
            case "LI":
                return Role.LIST_ITEM;
            case "Lbl":
                return Role.LIST_LABEL;
            case "LBody":
                return Role.LIST_BODY;
            case "Figure", "Formula":
                return Role.FIGURE;
            case "Table":
                return Role.TABLE;
            case "TR":
                return Role.TABLE_ROW;
            case "TH":
                return Role.TABLE_HEADER;
            case "TD":
                return Role.TABLE_CELL;
            case "Link":
                return Role.LINK;
            case "Span", "Quote", "Reference", "Annot", "Ruby", "Warichu":
                return Role.SPAN;
            default:
                return Role.GROUP;
        }
    }

    /** H1–H6 by number; a bare H is read as level 1, its nesting in sections aside. */
    private static int headingLevel(String type) {
        if (type.matches("H[1-6]")) {
            return type.charAt(1) - '0';
        }
        return type.equals("H") ? 1 : 0;
    }

    private List<TextPosition> contentGlyphs(Object kid, PDPage page) throws IOException {
        if (kid instanceof Integer mcid && page != null) {
            return markedContent.glyphs(page, mcid);
        }
        if (kid instanceof PDMarkedContentReference reference) {
            PDPage referencePage = reference.getPage() != null ? reference.getPage() : page;
            return referencePage == null ? List.of() : markedContent.glyphs(referencePage, reference.getMCID());
        }
        return List.of();
    }

    /** Glyphs as words and lines: a space at a gap wider than a third of a space, a line break where y changes. */
    private static String words(List<TextPosition> glyphs) {
        StringBuilder out = new StringBuilder();
        TextPosition previous = null;
        for (TextPosition glyph : glyphs) {
            if (previous != null) {
                if (Math.abs(glyph.getYDirAdj() - previous.getYDirAdj()) > previous.getHeightDir() * 0.5f) {
                    out.append('\n');
                } else if (glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
                        > Math.max(previous.getWidthOfSpace(), 1f) * 0.3f) {
                    out.append(' ');
                }
            }
            out.append(glyph.getUnicode() == null ? "" : glyph.getUnicode());
            previous = glyph;
        }
        return out.toString();
    }

    /** Inline parts continue the line with a space; blocks start a new line. */
    private static void append(StringBuilder text, String more, char separator) {
        if (more.isBlank()) {
            return;
        }
        if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.append(separator);
        }
        text.append(more);
    }

    private static String joined(List<AccessibleNode> nodes) {
        StringBuilder text = new StringBuilder();
        nodes.forEach(node -> append(text, node.text(), '\n'));
        return text.toString();
    }

    private Spot spotOf(TextPosition glyph, PDPage page) {
        return new Spot(pageNumber(page), glyph.getXDirAdj(), glyph.getYDirAdj() - glyph.getHeightDir());
    }

    private Spot pageOnly(PDPage page) {
        int number = pageNumber(page);
        return number == 0 ? Spot.NOWHERE : new Spot(number, 0, 0);
    }

    private int pageNumber(PDPage page) {
        return page == null ? 0 : document.getPages().indexOf(page) + 1;
    }
}
