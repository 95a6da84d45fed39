package org.handout.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Collects text blocks in reading order and names each one's place the same way for the source and for every
 * format, so a difference reads the same whichever file it was found in. Containers (quotes, call-outs, lists,
 * list items) are opened and closed around their content. Places count in reading order: quotes, call-outs,
 * lists, tables, images and links through the whole handout; paragraphs within their container; items within
 * their list, with an item's nested list numbered under it ({@code list 2, item 3.1}). One instance per walk.
 */
public final class TextBlocks {
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Container> open = new ArrayDeque<>();
    private int headings;
    private int quotes;
    private int callOuts;
    private int lists;
    private int tables;
    private int images;
    private int links;

    public TextBlocks() {
        open.push(new Container("", ""));
    }

    /**
     * A container's place and the counters of what is inside it. A list's items are named {@code itemPrefix}
     * and a number; in an item ({@code listPlace} set) the first paragraph is the item itself.
     */
    private static final class Container {
        private final String place;
        private final String itemPrefix;
        private final String listPlace;
        private int paragraphs;
        private int items;

        Container(String place, String itemPrefix) {
            this(place, itemPrefix, null);
        }

        Container(String place, String itemPrefix, String listPlace) {
            this.place = place;
            this.itemPrefix = itemPrefix;
            this.listPlace = listPlace;
        }

        String inside(String part) {
            return place.isEmpty() ? part : place + ", " + part;
        }
    }

    public void heading(String text) {
        add(TextBlock.Kind.HEADING, "heading " + ++headings, text);
    }

    /** A paragraph; a list item's first paragraph is the item itself. */
    public void paragraph(String text) {
        Container container = open.peek();
        container.paragraphs++;
        if (container.listPlace != null && container.paragraphs == 1) {
            add(TextBlock.Kind.LIST_ITEM, container.place, text);
        } else {
            add(TextBlock.Kind.PARAGRAPH, container.inside("paragraph " + container.paragraphs), text);
        }
    }

    public void openQuote() {
        open.push(new Container("quote " + ++quotes, ""));
    }

    public void attribution(String text) {
        add(TextBlock.Kind.ATTRIBUTION, open.peek().inside("attribution"), text);
    }

    public void openCallOut() {
        open.push(new Container("call-out " + ++callOuts, ""));
    }

    public void callOutLabel(String text) {
        add(TextBlock.Kind.CALL_OUT_LABEL, open.peek().inside("label"), text);
    }

    /** A list; directly inside a list item its items are numbered under that item. */
    public void openList() {
        Container parent = open.peek();
        if (parent.listPlace != null) {
            open.push(new Container(parent.listPlace, parent.itemPrefix + "."));
        } else {
            open.push(new Container("list " + ++lists, "item "));
        }
    }

    public void openItem() {
        Container list = open.peek();
        list.items++;
        String item = list.itemPrefix + list.items;
        open.push(new Container(list.place + ", " + item, item, list.place));
    }

    /** Ends the quote, call-out, list or item opened last. */
    public void close() {
        if (open.size() == 1) {
            throw new IllegalStateException("nothing is open");
        }
        open.pop();
    }

    /** A table: header cells, then every body cell named by its row and its column's header. */
    public void table(List<String> header, List<List<String>> rows) {
        String table = "table " + ++tables;
        for (int c = 0; c < header.size(); c++) {
            add(TextBlock.Kind.TABLE_HEADER, table + ", header " + (c + 1), header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String column = c < header.size() && !header.get(c).isBlank()
                        ? "\"" + header.get(c).strip() + "\"" : "column " + (c + 1);
                add(TextBlock.Kind.TABLE_CELL, table + ", row " + (r + 1) + ", " + column, row.get(c));
            }
        }
    }

    public void image(String alt) {
        add(TextBlock.Kind.IMAGE, "image " + ++images, alt);
    }

    public void linkTarget(String target) {
        add(TextBlock.Kind.LINK_TARGET, "link " + ++links + " target", target);
    }

    private void add(TextBlock.Kind kind, String place, String text) {
        blocks.add(new TextBlock(kind, place, text));
    }

    /** How many blocks so far: the index the next block will have. */
    public int size() {
        return blocks.size();
    }

    public List<TextBlock> blocks() {
        return List.copyOf(blocks);
    }
}
