package org.handout.render.docx;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.handout.convention.DocxMarks;
import org.handout.model.Block;
import org.handout.model.BlockVisitor;
import org.handout.model.Handout;
import org.handout.model.Heading;
import org.handout.model.Image;
import org.handout.model.LineBreak;
import org.handout.model.ListBlock;
import org.handout.model.ListItem;
import org.handout.model.Note;
import org.handout.model.Paragraph;
import org.handout.model.Quote;
import org.handout.model.Table;
import org.handout.render.PageWords;
import org.handout.render.WritingDirection;
import org.handout.render.Profile;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Writes a handout's blocks, in source order, as paragraphs of one document; pictures and
 * tables it hands to {@link PictureWriter} and {@link TableWriter}. One instance per document:
 * it tracks the list depth, the section a table stands in, and the style that paragraphs inside
 * a quote or call-out take.
 */
final class BodyWriter implements BlockVisitor<Void> {
    private final XWPFDocument document;
    private final Profile profile;
    private final ListNumbering numbering;
    private final PictureWriter pictures;
    private final TableWriter tables;
    private final PageWords words;
    private String paragraphStyle;
    private int listLevel;
    private int quoteCount;
    private String section;
    private final WritingDirection handoutDirection;

    BodyWriter(XWPFDocument document, Profile profile, Handout handout, ListNumbering numbering) {
        this.document = document;
        this.profile = profile;
        this.numbering = numbering;
        double contentWidthPt = profile.page().widthPt() - 2 * profile.marginPt();
        this.pictures = new PictureWriter(handout, contentWidthPt);
        this.tables = new TableWriter(document, profile, contentWidthPt);
        this.section = handout.meta().title();
        this.words = PageWords.of(handout.meta().lang());
        this.handoutDirection = WritingDirection.of(handout.meta().lang());
    }

    @Override
    public Void heading(Heading heading) {
        XWPFParagraph p = paragraph(DocxStyleSheet.headingId(heading.level()));
        runs(p).write(heading.text());
        if (heading.level() > 1) {
            section = heading.plainText();
        }
        return null;
    }

    @Override
    public Void paragraph(Paragraph paragraph) {
        XWPFParagraph p = paragraph(paragraphStyle);
        paragraph.lang().map(WritingDirection::of).filter(direction -> direction != handoutDirection)
                .ifPresent(direction -> runsFrom(p, direction));
        runs(p, paragraph.lang()).write(paragraph.text());
        return null;
    }

    /**
     * Quote paragraphs keep with the next one so the quotation and its attribution stay on one
     * page; the attribution is its own paragraph, in a style based on Quote. A hidden bookmark
     * spans each quotation, from its first paragraph to its last (a table's first or last cell
     * where the quotation opens or ends with one), so a reader can tell two quotations in a row
     * apart and where a quotation goes on after a quote or call-out nested in it.
     */
    @Override
    public Void quote(Quote quote) {
        int id = ++quoteCount;
        int firstParagraph = document.getParagraphs().size();
        int firstElement = document.getBodyElements().size();
        within(DocxStyleSheet.QUOTE, quote.body());
        quote.attribution().ifPresent(attribution -> {
            XWPFParagraph p = paragraph(DocxStyleSheet.QUOTE_ATTRIBUTION);
            p.createRun().setText("— ");
            runs(p).write(attribution);
        });
        List<IBodyElement> elements = document.getBodyElements();
        if (elements.size() > firstElement) {
            markQuotation(id, firstParagraphOf(elements.get(firstElement)), lastParagraphOf(elements.get(elements.size() - 1)));
        }
        List<XWPFParagraph> written = document.getParagraphs();
        for (int i = firstParagraph; i < written.size() - 1; i++) {
            written.get(i).setKeepNext(true);
        }
        return null;
    }

    /**
     * A quotation is marked after the quotations nested in it, so its start goes before theirs in a
     * paragraph they share, and its end after theirs: the marks nest as the quotations do.
     */
    private static void markQuotation(int id, XWPFParagraph first, XWPFParagraph last) {
        BigInteger bookmarkId = BigInteger.valueOf(id);
        CTBookmark start = first.getCTP().insertNewBookmarkStart(0);
        start.setId(bookmarkId);
        start.setName(DocxMarks.QUOTE_BOOKMARK + id);
        last.getCTP().addNewBookmarkEnd().setId(bookmarkId);
    }

    private static XWPFParagraph firstParagraphOf(IBodyElement element) {
        if (element instanceof XWPFTable table) {
            return table.getRow(0).getCell(0).getParagraphs().get(0);
        }
        return (XWPFParagraph) element;
    }

    private static XWPFParagraph lastParagraphOf(IBodyElement element) {
        if (element instanceof XWPFTable table) {
            List<XWPFTableCell> cells = table.getRow(table.getNumberOfRows() - 1).getTableCells();
            List<XWPFParagraph> paragraphs = cells.get(cells.size() - 1).getParagraphs();
            return paragraphs.get(paragraphs.size() - 1);
        }
        return (XWPFParagraph) element;
    }

    /** Items sit closer together than paragraphs; the list as a whole is followed by paragraph spacing. */
    @Override
    public Void list(ListBlock list) {
        int numId = numbering.newList(list.ordered(), listLevel, list.start());
        for (ListItem item : list.items()) {
            item(item, numId);
        }
        if (listLevel == 0) {
            List<XWPFParagraph> written = document.getParagraphs();
            written.get(written.size() - 1).setSpacingAfter((int) DocxStyleSheet.twips(profile.paragraphSpacingPt()));
        }
        return null;
    }

    /**
     * An item's blocks in their order: its leading paragraphs share the numbered paragraph,
     * joined by line breaks; a nested block follows one level deeper; a paragraph after a nested
     * block is an unnumbered continuation, indented to the item's text.
     */
    private void item(ListItem item, int numId) {
        XWPFParagraph numbered = paragraph(DocxStyleSheet.LIST_PARAGRAPH);
        numbered.setNumID(BigInteger.valueOf(numId));
        numbered.setNumILvl(BigInteger.valueOf(listLevel));
        RunWriter runs = runs(numbered);
        boolean leading = true;
        boolean first = true;
        for (Block block : item.body()) {
            if (block instanceof Paragraph paragraph && leading) {
                if (!first) {
                    runs.lineBreak(new LineBreak());
                }
                runs(numbered, paragraph.lang()).write(paragraph.text());
                first = false;
            } else if (block instanceof Paragraph paragraph) {
                runs(continuation(), paragraph.lang()).write(paragraph.text());
            } else {
                leading = false;
                listLevel++;
                block.accept(this);
                listLevel--;
            }
        }
    }

    /**
     * Numbering id 0 is Word's "no number"; the level it keeps tells a reader which item the
     * paragraph continues.
     */
    private XWPFParagraph continuation() {
        XWPFParagraph p = paragraph(DocxStyleSheet.LIST_PARAGRAPH);
        p.setNumID(BigInteger.ZERO);
        p.setNumILvl(BigInteger.valueOf(listLevel));
        p.setIndentationLeft((int) numbering.textIndent(listLevel));
        return p;
    }

    @Override
    public Void image(Image image) {
        pictures.write(image, paragraph(paragraphStyle));
        return null;
    }

    @Override
    public Void table(Table table) {
        tables.write(table, section);
        return null;
    }

    /** A shaded, bordered group of paragraphs; Word draws adjacent paragraphs with equal borders as one box. */
    @Override
    public Void note(Note note) {
        XWPFParagraph label = paragraph(DocxStyleSheet.CALLOUT_LABEL);
        label.createRun().setText(words.label(note.kind()));
        within(DocxStyleSheet.CALLOUT, note.body());
        return null;
    }

    private void within(String style, List<Block> blocks) {
        String outer = paragraphStyle;
        paragraphStyle = style;
        blocks.forEach(block -> block.accept(this));
        paragraphStyle = outer;
    }

    /** A paragraph in a language running the other way than the handout's starts from the other side. */
    private static void runsFrom(XWPFParagraph paragraph, WritingDirection direction) {
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        properties.addNewBidi().setVal(direction == WritingDirection.RIGHT_TO_LEFT);
    }

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph p = document.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        return p;
    }

    private RunWriter runs(XWPFParagraph paragraph) {
        return new RunWriter(paragraph, profile.italicAllowed());
    }

    private RunWriter runs(XWPFParagraph paragraph, Optional<Locale> language) {
        return new RunWriter(paragraph, profile.italicAllowed(), language);
    }
}
