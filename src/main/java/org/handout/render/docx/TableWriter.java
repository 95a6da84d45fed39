package org.handout.render.docx;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.handout.model.Table;
import org.handout.model.TableCell;
import org.handout.render.Profile;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;

/**
 * Writes tables across the text column, with a header row that repeats on every page and a
 * caption and description for Word's Accessibility Checker. One instance per document: it
 * numbers the tables.
 */
final class TableWriter {
    private final XWPFDocument document;
    private final Profile profile;
    private final double contentWidthPt;
    private int tableCount;

    TableWriter(XWPFDocument document, Profile profile, double contentWidthPt) {
        this.document = document;
        this.profile = profile;
        this.contentWidthPt = contentWidthPt;
    }

    /** {@code section} is the heading the table stands under, for its caption. */
    void write(Table table, String section) {
        tableCount++;
        int columns = table.header().size();
        XWPFTable t = document.createTable(table.rows().size() + 1, columns);
        t.setStyleID(DocxStyleSheet.TABLE);
        t.setWidth("100%");
        CTTblPr tblPr = t.getCTTbl().getTblPr();
        if (tblPr.isSetTblBorders()) {
            tblPr.unsetTblBorders();
        }
        long columnWidth = DocxStyleSheet.twips(contentWidthPt / columns);
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < columns) {
            grid.addNewGridCol();
        }
        for (int c = 0; c < columns; c++) {
            grid.getGridColArray(c).setW(BigInteger.valueOf(columnWidth));
        }
        String headers = table.header().stream().map(TableCell::plainText).collect(Collectors.joining(", "));
        tblPr.addNewTblCaption().setVal("Table " + tableCount + " in “" + section + "”");
        tblPr.addNewTblDescription().setVal("Columns: " + headers + "; " + table.rows().size() + " rows.");
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        fill(header, table.header(), DocxStyleSheet.TABLE_HEADING);
        for (int r = 0; r < table.rows().size(); r++) {
            fill(t.getRow(r + 1), table.rows().get(r), DocxStyleSheet.TABLE_TEXT);
        }
    }

    private void fill(XWPFTableRow row, List<TableCell> cells, String style) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle(style);
            new RunWriter(p, profile.italicAllowed()).write(cells.get(c).content());
        }
    }
}
