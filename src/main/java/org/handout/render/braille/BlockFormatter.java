package org.handout.render.braille;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.handout.braille.BrailleAscii;
import org.handout.braille.BrailleTable;
import org.handout.braille.BrailleTranslator;
import org.handout.braille.BrfLayout;
import org.handout.braille.ListLayout;
import org.handout.braille.MarkedText;
import org.handout.model.Block;
import org.handout.model.BlockVisitor;
import org.handout.model.Heading;
import org.handout.model.Image;
import org.handout.model.Inline;
import org.handout.model.InvalidHandoutException;
import org.handout.model.ListBlock;
import org.handout.model.ListItem;
import org.handout.model.Note;
import org.handout.model.Paragraph;
import org.handout.model.Quote;
import org.handout.model.SourceSpan;
import org.handout.model.Table;
import org.handout.model.TableCell;
import org.handout.model.Text;
import org.handout.render.PageWords;
import org.handout.render.RefusedHandout;

/**
 * Puts each block on the page in the format BANA's Braille Formats (2016) gives it. Indents are
 * in cells from the left margin, so "cell 5" is an indent of 4. One instance per handout.
 */
final class BlockFormatter implements BlockVisitor<Void> {
    private static final int PARAGRAPH = 2;
    private static final int CELL_5 = 4;
    private static final int CELL_7 = 6;

    private final BrailleTranslator translator;
    private final BraillePages pages;
    private final Path source;
    private final PageWords words;
    private int depth;
    private int runoverIndent;

    /** @param words the handout's language's page words, which name the call-outs */
    BlockFormatter(BrailleTranslator translator, BraillePages pages, Path source, PageWords words) {
        this.translator = translator;
        this.pages = pages;
        this.source = source;
        this.words = words;
    }

    /** Title centered with a blank line after; level 2 in cell 5 after a blank line; level 3 and below in cell 7. */
    @Override
    public Void heading(Heading heading) {
        String cells = cells(marked(heading.text()), heading.at());
        if (heading.level() == 1) {
            pages.centered(cells);
            pages.blankLine();
        } else if (heading.level() == 2) {
            pages.blankLine();
            pages.heading(cells, CELL_5);
        } else {
            pages.heading(cells, CELL_7);
        }
        return null;
    }

    /**
     * 3-1: first line in cell 3, runovers in cell 1. A paragraph in a script the table has no
     * letters for (Chinese in an English handout) becomes a transcriber's note naming its language.
     */
    @Override
    public Void paragraph(Paragraph paragraph) {
        BrailleTable table = translator.table();
        Optional<Locale> untranscribed = paragraph.lang().filter(language -> !table.writesScriptOf(language));
        if (untranscribed.isPresent()) {
            transcribersNote(table.untranscribedNote(untranscribed.get()), paragraph.at());
        } else {
            pages.block(cells(marked(paragraph.text()), paragraph.at()), PARAGRAPH, 0);
        }
        return null;
    }

    /**
     * Displayed material: set off by blank lines, its paragraphs in 3-1, the attribution on its own line in cell 5.
     * In a list its blank lines stay at a page's top like the list's own: they alone part the quotation's lines
     * from the list's, whose items and runovers start in the same cells. So does the one after an attribution,
     * whose runovers start in cell 5 like a level 2 heading.
     */
    @Override
    public Void quote(Quote quote) {
        Runnable setOff = depth > 0 ? pages::setOffLine : pages::blankLine;
        setOff.run();
        quote.body().forEach(block -> block.accept(this));
        quote.attribution().ifPresent(a -> pages.block(cells(marked(a), quote.at()), CELL_5, CELL_5));
        Runnable closing = quote.attribution().isPresent() ? pages::setOffLine : setOff;
        closing.run();
        return null;
    }

    /**
     * Set off by blank lines; an item at depth d starts in cell 2d-1 and every runover of the list
     * starts two cells right of its deepest level (1-3 for a simple list, 1-5 and 3-5 with nesting).
     * The blank lines stay at a page's top, and items are divided between pages (see {@link BraillePages}).
     */
    @Override
    public Void list(ListBlock list) {
        if (depth == 0) {
            pages.setOffLine();
            runoverIndent = ListLayout.runoverCell(list) - 1;
        }
        depth++;
        int number = list.start();
        for (ListItem item : list.items()) {
            MarkedText text = marked(ListLayout.ownText(item));
            if (list.ordered()) {
                text = text.prefixed(number++ + ". ");
            }
            pages.listItem(cells(text, item.at()), ListLayout.startCell(depth) - 1, runoverIndent);
            item.body().stream().filter(b -> !(b instanceof Paragraph)).forEach(b -> b.accept(this));
        }
        depth--;
        if (depth == 0) {
            pages.setOffLine();
        }
        return null;
    }

    /** A transcriber's note in 7-5 with the alt text; a decorative image says nothing, so it is left out. */
    @Override
    public Void image(Image image) {
        if (!image.decorative()) {
            transcribersNote(translator.table().pictureWord() + ": " + image.alt(), image.at());
        }
        return null;
    }

    /** In 7-5, between the transcriber's note indicators. */
    private void transcribersNote(String text, SourceSpan at) {
        pages.block(BrfLayout.NOTE_OPEN + cells(MarkedText.plain(text), at) + BrfLayout.NOTE_CLOSE, CELL_7, CELL_5);
    }

    /**
     * Linear format, set off by blank lines (kept at a page's top): one entry per row in 1-3, each
     * cell after its column's header. An empty cell is left out (its header alone would say nothing,
     * and the semicolon before the next cell, standing alone, reads as "be" in contracted braille);
     * so is a row of them.
     */
    @Override
    public Void table(Table table) {
        pages.setOffLine();
        for (List<TableCell> row : table.rows()) {
            List<Inline> entry = new ArrayList<>();
            for (int column = 0; column < row.size(); column++) {
                if (row.get(column).plainText().isBlank()) {
                    continue;
                }
                entry.add(new Text((entry.isEmpty() ? "" : "; ") + table.header().get(column).plainText() + ": "));
                entry.addAll(row.get(column).content());
            }
            if (!entry.isEmpty()) {
                pages.block(cells(marked(entry), table.at()), 0, 2);
            }
        }
        pages.setOffLine();
        return null;
    }

    /** Boxed material: box lines above and below, the call-out's label opening its first paragraph. */
    @Override
    public Void note(Note note) {
        pages.boxLine();
        String label = words.label(note.kind()) + ": ";
        List<Block> body = note.body();
        if (!body.isEmpty() && body.get(0) instanceof Paragraph first) {
            pages.block(cells(marked(first.text()).prefixed(label), first.at()), PARAGRAPH, 0);
            body = body.subList(1, body.size());
        } else {
            pages.block(cells(MarkedText.plain(label.strip()), note.at()), PARAGRAPH, 0);
        }
        body.forEach(block -> block.accept(this));
        pages.boxLine();
        return null;
    }

    private MarkedText marked(List<Inline> inlines) {
        return MarkedText.of(inlines, translator.table());
    }

    private String cells(MarkedText text, SourceSpan at) {
        String cells = translator.translate(text.text(), text.emphasis());
        for (int i = 0; i < cells.length(); i++) {
            if (!BrailleAscii.isCell(cells.charAt(i))) {
                throw new RefusedHandout(new InvalidHandoutException(source, at, "braille (" + translator.table().label()
                        + ") has no six-dot cell for part of this text; rewrite or remove the symbol near \""
                        + excerpt(text.text()) + "\""));
            }
        }
        return cells;
    }

    private static String excerpt(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
