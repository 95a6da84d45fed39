package org.handout.check.audit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.handout.check.Outline;
import org.handout.check.docx.DocxFontSizes;
import org.handout.check.docx.DocxOutlineReader;
import org.handout.check.docx.DocxStyleChain;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;

/**
 * Reads a Word document the way Word's Accessibility Checker and a screen reader see it: headings by outline level,
 * lists by numbering, quotations by Quote styles, pictures by their alt text, tables by their header row; then
 * checks what Word's checker checks that the structure alone does not show: title and language, merged cells,
 * floating objects, and empty paragraphs or runs of spaces used for layout.
 */
final class DocxInspector {
    /** The uri of Word's "Mark as decorative" extension on a drawing's docPr. */
    private static final String WORD_DECORATIVE_EXTENSION = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";
    private static final Pattern SPACES_FOR_LAYOUT = Pattern.compile(" {4,}|\t{2,}|\t +\t");
    /** Word's checker flags repeated blank paragraphs from this many on. */
    private static final int BLANK_PARAGRAPHS = 2;

    private final XWPFDocument document;
    private final DocxStyleChain styles;
    private final List<Finding> findings = new ArrayList<>();

    private DocxInspector(XWPFDocument document) {
        this.document = document;
        this.styles = new DocxStyleChain(document.getStyles());
    }

    static Inspection inspect(XWPFDocument document) {
        DocxInspector inspector = new DocxInspector(document);
        List<AccessibleNode> body = inspector.blocks(document.getBodyElements());
        String title = Optional.ofNullable(document.getProperties().getCoreProperties().getTitle()).orElse("").strip();
        Outline outline = new DocxOutlineReader().read(document);
        String lang = outline.lang();
        if (title.isEmpty()) {
            inspector.findings.add(Heuristic.DOCUMENT_TITLE_MISSING.at(Location.of("File > Info > Title", "")));
        }
        if (lang.isBlank()) {
            inspector.findings.add(Heuristic.DOCUMENT_LANGUAGE_MISSING.at(Location.of("Review > Language", "")));
        }
        AccessibleNode root = AccessibleNode.of(Role.GROUP, "body", "", body);
        Optional<Overview.TextSizes> textSizes = DocxFontSizes.of(document).smallest()
                .map(size -> new Overview.TextSizes(size.pt(), Optional.empty()));
        return new Inspection(new DocumentTree(title, lang.strip(), 0, root), inspector.findings, List.of(), outline,
                Optional.empty(), textSizes);
    }

    /** Body elements in order; consecutive list paragraphs become one list, consecutive quote paragraphs one quote. */
    private List<AccessibleNode> blocks(List<IBodyElement> elements) {
        List<AccessibleNode> blocks = new ArrayList<>();
        List<AccessibleNode> pendingItems = new ArrayList<>();
        List<AccessibleNode> pendingQuote = new ArrayList<>();
        int blankRun = 0;
        for (IBodyElement element : elements) {
            if (element instanceof XWPFTable table) {
                flush(blocks, pendingItems, pendingQuote);
                blocks.add(table(table));
                blankRun = 0;
                continue;
            }
            if (!(element instanceof XWPFParagraph paragraph)) {
                continue;
            }
            String text = paragraph.getText();
            List<AccessibleNode> pictures = pictures(paragraph);
            if (text.isBlank() && pictures.isEmpty()) {
                blankRun++;
                if (blankRun == BLANK_PARAGRAPHS) {
                    findings.add(Heuristic.BLANK_PARAGRAPHS_FOR_LAYOUT.at(Location.of("empty paragraphs",
                            blocks.isEmpty() ? "" : "after: " + blocks.get(blocks.size() - 1).spoken())));
                }
                continue;
            }
            blankRun = 0;
            if (SPACES_FOR_LAYOUT.matcher(text).find()) {
                findings.add(Heuristic.SPACES_FOR_LAYOUT.at(Location.of(styleName(paragraph), text)));
            }
            List<AccessibleNode> inline = new ArrayList<>(pictures);
            inline.addAll(links(paragraph));
            Optional<Integer> heading = styles.outlineLevel(paragraph).flatMap(DocxInspector::level);
            if (isListItem(paragraph)) {
                flushQuote(blocks, pendingQuote);
                pendingItems.add(AccessibleNode.of(Role.LIST_ITEM, styleName(paragraph), text, inline));
            } else if (styleName(paragraph).toLowerCase(Locale.ROOT).contains("quote")) {
                flushList(blocks, pendingItems);
                pendingQuote.add(AccessibleNode.of(Role.PARAGRAPH, styleName(paragraph), text, inline));
                if (pendingQuote.size() > 1 && TextShapes.startsLikeAttribution(text)) {
                    // An attribution ends its quotation; the next Quote paragraph starts another.
                    flushQuote(blocks, pendingQuote);
                }
            } else {
                flush(blocks, pendingItems, pendingQuote);
                AccessibleNode node = heading.isPresent()
                        ? AccessibleNode.of(Role.HEADING, styleName(paragraph), text, inline).atLevel(heading.get())
                        : AccessibleNode.of(Role.PARAGRAPH, styleName(paragraph), text, inline);
                blocks.add(node);
            }
        }
        flush(blocks, pendingItems, pendingQuote);
        return blocks;
    }

    private static void flush(List<AccessibleNode> blocks, List<AccessibleNode> items, List<AccessibleNode> quote) {
        flushList(blocks, items);
        flushQuote(blocks, quote);
    }

    private static void flushList(List<AccessibleNode> blocks, List<AccessibleNode> items) {
        if (!items.isEmpty()) {
            blocks.add(AccessibleNode.of(Role.LIST, "numbered paragraphs", joined(items), items));
            items.clear();
        }
    }

    private static void flushQuote(List<AccessibleNode> blocks, List<AccessibleNode> quote) {
        if (!quote.isEmpty()) {
            blocks.add(AccessibleNode.of(Role.QUOTE, "Quote style", joined(quote), quote));
            quote.clear();
        }
    }

    private static String joined(List<AccessibleNode> nodes) {
        return String.join("\n", nodes.stream().map(AccessibleNode::text).toList());
    }

    private AccessibleNode table(XWPFTable table) {
        List<AccessibleNode> rows = new ArrayList<>();
        boolean merged = false;
        boolean firstRow = true;
        for (XWPFTableRow row : table.getRows()) {
            CTTrPr rowProperties = row.getCtRow().getTrPr();
            boolean header = firstRow && rowProperties != null && !rowProperties.getTblHeaderList().isEmpty();
            List<AccessibleNode> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr cellProperties = cell.getCTTc().getTcPr();
                merged |= cellProperties != null && (cellProperties.isSetVMerge()
                        || (cellProperties.isSetGridSpan() && cellProperties.getGridSpan().getVal().intValue() > 1));
                cells.add(AccessibleNode.of(header ? Role.TABLE_HEADER : Role.TABLE_CELL, "cell", cell.getText(),
                        blocks(cell.getBodyElements())));
            }
            rows.add(AccessibleNode.of(Role.TABLE_ROW, "row", joined(cells), cells));
            firstRow = false;
        }
        AccessibleNode node = AccessibleNode.of(Role.TABLE, "table", joined(rows), rows);
        if (merged) {
            findings.add(Heuristic.TABLE_MERGED_CELLS.at(node.location()));
        }
        return node;
    }

    /** Pictures in line with the text, and floating ones, which are also reported as floating. */
    private List<AccessibleNode> pictures(XWPFParagraph paragraph) {
        List<AccessibleNode> pictures = new ArrayList<>();
        for (XWPFRun run : paragraph.getRuns()) {
            for (CTDrawing drawing : run.getCTR().getDrawingList()) {
                for (CTInline inline : drawing.getInlineList()) {
                    picture(inline.getDocPr(), "picture in line with text").ifPresent(pictures::add);
                }
                for (CTAnchor anchor : drawing.getAnchorList()) {
                    Optional<AccessibleNode> picture = picture(anchor.getDocPr(), "floating picture");
                    picture.ifPresent(pictures::add);
                    String name = anchor.getDocPr() == null ? "" : anchor.getDocPr().getName();
                    findings.add(Heuristic.FLOATING_OBJECT.at(Location.of("floating object", name)));
                }
            }
        }
        return pictures;
    }

    /** A picture marked decorative in Word is not announced. */
    private static Optional<AccessibleNode> picture(CTNonVisualDrawingProps docPr, String element) {
        if (docPr == null) {
            return Optional.of(AccessibleNode.of(Role.FIGURE, element, "", List.of()));
        }
        if (docPr.isSetExtLst() && docPr.getExtLst().xmlText().toUpperCase(Locale.ROOT).contains(WORD_DECORATIVE_EXTENSION)) {
            return Optional.empty();
        }
        String alt = docPr.getDescr() == null || docPr.getDescr().isBlank() ? docPr.getTitle() : docPr.getDescr();
        return Optional.of(AccessibleNode.of(Role.FIGURE, element + " " + docPr.getName(), "", List.of()).named(alt));
    }

    private static List<AccessibleNode> links(XWPFParagraph paragraph) {
        List<AccessibleNode> links = new ArrayList<>();
        Object current = null;
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            Object link = run instanceof XWPFHyperlinkRun hyperlink ? hyperlink.getCTHyperlink() : null;
            if (link != current && current != null) {
                links.add(AccessibleNode.of(Role.LINK, "hyperlink", text.toString(), List.of()));
                text.setLength(0);
            }
            current = link;
            if (link != null) {
                text.append(run.text());
            }
        }
        if (current != null) {
            links.add(AccessibleNode.of(Role.LINK, "hyperlink", text.toString(), List.of()));
        }
        return links;
    }

    private static boolean isListItem(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        return numId != null && !numId.equals(BigInteger.ZERO);
    }

    /** Outline levels 0–8 are headings 1–9; level 9 is body text. */
    private static Optional<Integer> level(int outlineLevel) {
        return outlineLevel < 9 ? Optional.of(outlineLevel + 1) : Optional.empty();
    }

    private String styleName(XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        return styles.style(id).map(XWPFStyle::getName).orElse(id == null ? "Normal" : id);
    }
}
