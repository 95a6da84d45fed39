package org.handout.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.handout.convention.DocxMarks;
import org.handout.model.Block;
import org.handout.model.BlockVisitor;
import org.handout.model.Handout;
import org.handout.model.Heading;
import org.handout.model.Image;
import org.handout.model.InvalidHandoutException;
import org.handout.model.LineBreak;
import org.handout.model.ListBlock;
import org.handout.model.ListItem;
import org.handout.model.Note;
import org.handout.model.Paragraph;
import org.handout.model.Quote;
import org.handout.model.Table;
import org.handout.model.TableCell;
import org.handout.render.PageWords;
import org.handout.render.Profile;
import org.handout.render.RefusedHandout;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;

/**
 * Writes a handout's blocks, in source order, as paragraphs and tables of one document. One
 * instance per document: it tracks the list depth and the style that paragraphs inside a quote
 * or call-out take.
 */
final class BodyWriter implements BlockVisitor<Void> {
    private static final double SCREEN_PIXEL_PT = 0.75;

    private final XWPFDocument document;
    private final Profile profile;
    private final Handout handout;
    private final ListNumbering numbering;
    private String paragraphStyle;
    private int listLevel;
    private int tableCount;
    private int imageCount;
    private int quoteCount;
    private String section;

    BodyWriter(XWPFDocument document, Profile profile, Handout handout, ListNumbering numbering) {
        this.document = document;
        this.profile = profile;
        this.handout = handout;
        this.numbering = numbering;
        this.section = handout.meta().title();
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
        runs(p).write(paragraph.text());
        return null;
    }

    /**
     * Quote paragraphs keep with the next one so the quotation and its attribution stay on one
     * page; the attribution is its own paragraph, in a style based on Quote. A hidden bookmark
     * marks where each quotation starts, so two quotations in a row stay two when read back.
     */
    @Override
    public Void quote(Quote quote) {
        int first = document.getParagraphs().size();
        within(DocxStyleSheet.QUOTE, quote.body());
        if (document.getParagraphs().size() > first) {
            markQuoteStart(document.getParagraphs().get(first));
        }
        quote.attribution().ifPresent(attribution -> {
            XWPFParagraph p = paragraph(DocxStyleSheet.QUOTE_ATTRIBUTION);
            p.createRun().setText("— ");
            runs(p).write(attribution);
        });
        List<XWPFParagraph> written = document.getParagraphs();
        for (int i = first; i < written.size() - 1; i++) {
            written.get(i).setKeepNext(true);
        }
        return null;
    }

    private void markQuoteStart(XWPFParagraph paragraph) {
        BigInteger id = BigInteger.valueOf(++quoteCount);
        CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
        start.setId(id);
        start.setName(DocxMarks.QUOTE_START_BOOKMARK + quoteCount);
        paragraph.getCTP().addNewBookmarkEnd().setId(id);
    }

    /** Items sit closer together than paragraphs; the list as a whole is followed by paragraph spacing. */
    @Override
    public Void list(ListBlock list) {
        int numId = numbering.newList(list.ordered(), listLevel, list.start());
        for (ListItem item : list.items()) {
            XWPFParagraph p = paragraph(DocxStyleSheet.LIST_PARAGRAPH);
            p.setNumID(BigInteger.valueOf(numId));
            p.setNumILvl(BigInteger.valueOf(listLevel));
            RunWriter runs = runs(p);
            boolean firstParagraph = true;
            for (Block block : item.body()) {
                if (block instanceof Paragraph paragraph) {
                    if (!firstParagraph) {
                        runs.lineBreak(new LineBreak());
                    }
                    runs.write(paragraph.text());
                    firstParagraph = false;
                }
            }
            listLevel++;
            item.body().stream().filter(block -> !(block instanceof Paragraph)).forEach(block -> block.accept(this));
            listLevel--;
        }
        if (listLevel == 0) {
            List<XWPFParagraph> written = document.getParagraphs();
            written.get(written.size() - 1).setSpacingAfter((int) DocxStyleSheet.twips(profile.paragraphSpacingPt()));
        }
        return null;
    }

    @Override
    public Void image(Image image) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(image.file());
            var pixels = ImageIO.read(new ByteArrayInputStream(bytes));
            PictureType type = pictureType(image);
            if (pixels == null || type == null) {
                throw new RefusedHandout(new InvalidHandoutException(handout.source(), image.at(),
                        "image '" + image.file().getFileName() + "' cannot go into a DOCX; use PNG, JPEG or GIF"));
            }
            double widthPt = Math.min(pixels.getWidth() * SCREEN_PIXEL_PT, contentWidthPt());
            double heightPt = pixels.getHeight() * SCREEN_PIXEL_PT * widthPt / (pixels.getWidth() * SCREEN_PIXEL_PT);
            XWPFRun run = paragraph(paragraphStyle).createRun();
            XWPFPicture picture = run.addPicture(new ByteArrayInputStream(bytes), type,
                    image.file().getFileName().toString(), Units.toEMU(widthPt), Units.toEMU(heightPt));
            imageCount++;
            describe(run, picture, image, imageCount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return null;
    }

    private double contentWidthPt() {
        return profile.page().widthPt() - 2 * profile.marginPt();
    }

    private static PictureType pictureType(Image image) {
        String name = image.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return PictureType.PNG;
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return PictureType.JPEG;
        }
        if (name.endsWith(".gif")) {
            return PictureType.GIF;
        }
        return null;
    }

    /**
     * Alt text goes where Word's "Alt Text" pane and screen readers read it, {@code wp:docPr/@descr}
     * (POI puts the file name there); drawing ids are made unique and non-zero as Word expects.
     */
    private static void describe(XWPFRun run, XWPFPicture picture, Image image, int number) {
        CTNonVisualDrawingProps docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setId(number);
        docPr.setName("Picture " + number);
        docPr.setDescr(image.alt());
        CTNonVisualDrawingProps pictureProps = picture.getCTPicture().getNvPicPr().getCNvPr();
        pictureProps.setId(number);
        pictureProps.setDescr(image.alt());
        if (image.decorative()) {
            CTOfficeArtExtension ext = docPr.addNewExtLst().addNewExt();
            ext.setUri(DocxMarks.DECORATIVE_EXT);
            try (XmlCursor cursor = ext.newCursor()) {
                cursor.toEndToken();
                cursor.beginElement(new QName(DocxMarks.DECORATIVE_NS, "decorative", "adec"));
                cursor.insertNamespace("adec", DocxMarks.DECORATIVE_NS);
                cursor.insertAttributeWithValue("val", "1");
            }
        }
    }

    /** A header row that repeats on every page, and a caption and description for the checker. */
    @Override
    public Void table(Table table) {
        tableCount++;
        int columns = table.header().size();
        XWPFTable t = document.createTable(table.rows().size() + 1, columns);
        t.setStyleID(DocxStyleSheet.TABLE);
        t.setWidth("100%");
        CTTblPr tblPr = t.getCTTbl().getTblPr();
        if (tblPr.isSetTblBorders()) {
            tblPr.unsetTblBorders();
        }
        long columnWidth = DocxStyleSheet.twips(contentWidthPt() / columns);
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
        return null;
    }

    private void fill(XWPFTableRow row, List<TableCell> cells, String style) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle(style);
            runs(p).write(cells.get(c).content());
        }
    }

    /** A shaded, bordered group of paragraphs; Word draws adjacent paragraphs with equal borders as one box. */
    @Override
    public Void note(Note note) {
        XWPFParagraph label = paragraph(DocxStyleSheet.CALLOUT_LABEL);
        label.createRun().setText(PageWords.of(handout.meta().lang()).label(note.kind()));
        within(DocxStyleSheet.CALLOUT, note.body());
        return null;
    }

    private void within(String style, List<Block> blocks) {
        String outer = paragraphStyle;
        paragraphStyle = style;
        blocks.forEach(block -> block.accept(this));
        paragraphStyle = outer;
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
}
