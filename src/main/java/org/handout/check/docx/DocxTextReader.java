package org.handout.check.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.handout.check.FoundText;
import org.handout.check.TextBlocks;
import org.handout.check.TextReader;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

/**
 * Reads the text of a DOCX body in Word's reading order: paragraphs and tables as they follow each other, each
 * table row by row, cell by cell. Headers and footers (the page number) are page furniture and not read; a
 * picture's text is its alt text ({@code wp:docPr/@descr}), unless marked decorative. Stateless and thread-safe.
 */
public final class DocxTextReader implements TextReader {
    /** Word's "Mark as decorative" extension on a drawing's {@code docPr}. */
    private static final String DECORATIVE_EXT = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";

    @Override
    public FoundText read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            return read(document);
        }
    }

    public FoundText read(XWPFDocument document) {
        Walk walk = new Walk(document);
        walk.elements(document.getBodyElements());
        walk.endList();
        return FoundText.of(walk.blocks.blocks());
    }

    private static final class Walk {
        private final XWPFDocument document;
        private final XWPFStyles styles;
        private final TextBlocks blocks = new TextBlocks();
        private boolean inList;

        Walk(XWPFDocument document) {
            this.document = document;
            this.styles = document.getStyles();
        }

        void elements(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    endList();
                    table(table);
                } else if (element instanceof XWPFSDT control) {
                    endList();
                    blocks.paragraph(control.getContent().getText());
                }
            }
        }

        private void paragraph(XWPFParagraph paragraph) {
            String text = paragraph.getText();
            boolean numbered = paragraph.getNumID() != null;
            if (numbered) {
                if (!inList) {
                    blocks.openList();
                    inList = true;
                }
                blocks.openItem();
            } else if (!text.isBlank()) {
                endList();
            }
            if (numbered && text.contains("\n")) {
                itemParagraphs(paragraph);
            } else {
                if (!text.isBlank()) {
                    if (styleNamed(paragraph.getStyleID(), "heading")) {
                        blocks.heading(text);
                    } else if (styleNamed(paragraph.getStyleID(), "attribution")) {
                        blocks.attribution(text);
                    } else {
                        blocks.paragraph(text);
                    }
                }
                images(paragraph.getRuns());
                targets(paragraph.getRuns());
            }
            if (numbered) {
                blocks.close();
            }
        }

        void endList() {
            if (inList) {
                blocks.close();
                inList = false;
            }
        }

        /** Whether the style or one it is based on has this word in its id or name, e.g. "Heading 2". */
        private boolean styleNamed(String styleId, String word) {
            Set<String> seen = new HashSet<>();
            String id = styleId;
            while (id != null && styles != null && seen.add(id)) {
                XWPFStyle style = styles.getStyle(id);
                if (id.toLowerCase(Locale.ROOT).contains(word)
                        || style != null && style.getName() != null && style.getName().toLowerCase(Locale.ROOT).contains(word)) {
                    return true;
                }
                id = style == null ? null : style.getBasisStyleID();
            }
            return false;
        }

        private void images(List<XWPFRun> runs) {
            for (XWPFRun run : runs) {
                for (CTDrawing drawing : run.getCTR().getDrawingList()) {
                    for (CTInline inline : drawing.getInlineList()) {
                        image(inline.getDocPr());
                    }
                    for (CTAnchor anchor : drawing.getAnchorList()) {
                        image(anchor.getDocPr());
                    }
                }
            }
        }

        private void image(CTNonVisualDrawingProps docPr) {
            if (docPr == null || docPr.getDescr() == null || docPr.getDescr().isBlank()) {
                return;
            }
            boolean decorative = docPr.getExtLst() != null && docPr.getExtLst().getExtList().stream()
                    .map(CTOfficeArtExtension::getUri).anyMatch(DECORATIVE_EXT::equals);
            if (!decorative) {
                blocks.image(docPr.getDescr());
            }
        }

        /**
         * A list item whose paragraphs share its one numbered paragraph, a line break between them (as the
         * renderer writes them): each part is a paragraph of the item, followed by the targets of its own links.
         */
        private void itemParagraphs(XWPFParagraph paragraph) {
            List<XWPFRun> part = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (XWPFRun run : paragraph.getRuns()) {
                String[] lines = run.text().split("\n", -1);
                text.append(lines[0]);
                part.add(run);
                for (int line = 1; line < lines.length; line++) {
                    itemParagraph(text.toString(), part);
                    part = new ArrayList<>(List.of(run));
                    text = new StringBuilder(lines[line]);
                }
            }
            itemParagraph(text.toString(), part);
        }

        private void itemParagraph(String text, List<XWPFRun> runs) {
            if (!text.isBlank()) {
                blocks.paragraph(text);
            }
            images(runs);
            targets(runs);
        }

        /** One target per hyperlink, however many runs carry its words. */
        private void targets(List<XWPFRun> runs) {
            String previous = null;
            for (XWPFRun run : runs) {
                String id = run instanceof XWPFHyperlinkRun link ? link.getHyperlinkId() : null;
                if (id != null && !id.equals(previous)) {
                    XWPFHyperlink hyperlink = document.getHyperlinkByID(id);
                    if (hyperlink != null) {
                        blocks.linkTarget(hyperlink.getURL());
                    }
                }
                previous = id;
            }
        }

        /** The first row holds the headers, as handout's renderer and Word's "Header Row" write them. */
        private void table(XWPFTable table) {
            List<String> header = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = row.getTableCells().stream().map(XWPFTableCell::getText).toList();
                if (header.isEmpty() && rows.isEmpty()) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
            blocks.table(header, rows);
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(paragraph -> targets(paragraph.getRuns()));
                }
            }
        }
    }
}
