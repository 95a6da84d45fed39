package org.handout.check.braille;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.handout.braille.BrailleTable;
import org.handout.braille.ListLayout;
import org.handout.braille.MarkedText;
import org.handout.check.braille.BrailleElement.Kind;
import org.handout.model.Block;
import org.handout.model.BlockVisitor;
import org.handout.model.Handout;
import org.handout.model.Heading;
import org.handout.model.Image;
import org.handout.model.Inline;
import org.handout.model.ListBlock;
import org.handout.model.ListItem;
import org.handout.model.Note;
import org.handout.model.NoteKind;
import org.handout.model.Paragraph;
import org.handout.model.Quote;
import org.handout.model.Table;
import org.handout.model.TableCell;

/**
 * The elements a handout's BRF must hold, in order, each where BANA's Braille Formats puts it:
 * the specification the reader's findings are held to, written from the model, not from the renderer.
 */
final class ExpectedBraille implements BlockVisitor<Void> {
    private final BrailleTable table;
    private final Function<NoteKind, String> callOutLabels;
    private final List<BrailleElement> elements = new ArrayList<>();
    private int depth;
    private int runoverCell;
    private boolean setOff;

    private ExpectedBraille(BrailleTable table, Function<NoteKind, String> callOutLabels) {
        this.table = table;
        this.callOutLabels = callOutLabels;
    }

    static List<BrailleElement> of(Handout handout, BrailleTable table, Function<NoteKind, String> callOutLabels) {
        ExpectedBraille expected = new ExpectedBraille(table, callOutLabels);
        handout.body().forEach(block -> block.accept(expected));
        return expected.elements;
    }

    private MarkedText marked(List<Inline> inlines) {
        return MarkedText.of(inlines, table);
    }

    @Override
    public Void heading(Heading heading) {
        String text = marked(heading.text()).text();
        if (heading.level() == 1) {
            add(Kind.HEADING, 1, BrailleElement.CENTERED, 0, text);
        } else if (heading.level() == 2) {
            setOff = true;
            add(Kind.HEADING, 2, 5, 5, text);
        } else {
            add(Kind.HEADING, 3, 7, 7, text);
        }
        return null;
    }

    @Override
    public Void paragraph(Paragraph paragraph) {
        Optional<Locale> untranscribed = paragraph.lang().filter(language -> !table.writesScriptOf(language));
        if (untranscribed.isPresent()) {
            add(Kind.IMAGE, 0, 7, 5, table.untranscribedNote(untranscribed.get()));
        } else {
            add(Kind.PARAGRAPH, 0, 3, 1, marked(paragraph.text()).text());
        }
        return null;
    }

    @Override
    public Void quote(Quote quote) {
        setOff = true;
        int first = elements.size();
        quote.body().forEach(block -> block.accept(this));
        for (int i = first; i < elements.size(); i++) {
            BrailleElement e = elements.get(i);
            if (e.kind() == Kind.PARAGRAPH && quote.attribution().isPresent()) {
                elements.set(i, new BrailleElement(Kind.QUOTE, 0, e.cell(), e.runoverCell(), e.setOff(), 0, 0, e.text()));
            }
        }
        quote.attribution().ifPresent(a -> add(Kind.ATTRIBUTION, 0, 5, 5, marked(a).text()));
        return null;
    }

    @Override
    public Void list(ListBlock list) {
        if (depth == 0) {
            setOff = true;
            runoverCell = ListLayout.runoverCell(list);
        }
        depth++;
        int number = list.start();
        for (ListItem item : list.items()) {
            String text = marked(ListLayout.ownText(item)).text();
            add(Kind.LIST_ITEM, depth, ListLayout.startCell(depth), runoverCell, list.ordered() ? number++ + ". " + text : text);
            item.body().stream().filter(b -> !(b instanceof Paragraph)).forEach(b -> b.accept(this));
        }
        depth--;
        return null;
    }

    @Override
    public Void image(Image image) {
        if (!image.decorative()) {
            add(Kind.IMAGE, 0, 7, 5, table.pictureWord() + ": " + image.alt());
        }
        return null;
    }

    @Override
    public Void table(Table table) {
        setOff = true;
        for (List<TableCell> row : table.rows()) {
            List<String> entries = new ArrayList<>();
            for (int column = 0; column < row.size(); column++) {
                String cell = marked(row.get(column).content()).text();
                if (!cell.isBlank()) {
                    entries.add(table.header().get(column).plainText() + ": " + cell);
                }
            }
            if (!entries.isEmpty()) {
                add(Kind.LIST_ITEM, 1, 1, 3, String.join("; ", entries));
            }
        }
        return null;
    }

    @Override
    public Void note(Note note) {
        setOff = true;
        String label = callOutLabels.apply(note.kind()) + ":";
        List<Block> body = note.body();
        if (!body.isEmpty() && body.get(0) instanceof Paragraph first) {
            add(Kind.PARAGRAPH, 0, 3, 1, label + " " + marked(first.text()).text());
            body = body.subList(1, body.size());
        } else {
            add(Kind.PARAGRAPH, 0, 3, 1, label);
        }
        body.forEach(block -> block.accept(this));
        return null;
    }

    private void add(Kind kind, int level, int cell, int runoverCell, String text) {
        elements.add(new BrailleElement(kind, level, cell, runoverCell, setOff, 0, 0, text));
        setOff = false;
    }
}
