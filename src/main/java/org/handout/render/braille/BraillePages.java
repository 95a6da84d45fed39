package org.handout.render.braille;

import java.util.ArrayList;
import java.util.List;
import org.handout.braille.BrailleAscii;
import org.handout.braille.BrfLayout;

/**
 * Lays translated braille out on BRF pages: words are never divided, lines never exceed 40
 * cells, the 25th line of every page carries only the braille page number at its right end, and
 * a blank line opens a page only where it sets off a list or table (see {@link #setOffLine()}).
 * Works in Unicode braille; {@link #brf()} writes the ASCII. One instance per handout.
 */
final class BraillePages {
    private static final int TEXT_LINES = BrfLayout.LINES_PER_PAGE - 1;

    private final List<List<String>> pages = new ArrayList<>();
    /** A set-off line that fell at a page's end, to open the next page if anything comes after it. */
    private boolean blankOpensPage;

    BraillePages() {
        pages.add(new ArrayList<>());
    }

    /**
     * Text whose first line starts {@code firstIndent} cells in and whose runovers {@code runoverIndent},
     * moved whole to the next page when it does not fit on this one's lines but fits on a page.
     */
    void block(String cells, int firstIndent, int runoverIndent) {
        place(wrap(cells, firstIndent, runoverIndent, BrfLayout.CELLS_PER_LINE), true, false);
    }

    /**
     * As {@link #block}, but divided between pages where the page ends: a list item (BANA: a list may be
     * divided between pages). Moved whole, it would leave blank lines at the page's end inside the
     * list, which read as the list's end.
     */
    void listItem(String cells, int firstIndent, int runoverIndent) {
        place(wrap(cells, firstIndent, runoverIndent, BrfLayout.CELLS_PER_LINE), false, false);
    }

    /** As {@link #block}, but moved to the next page rather than left as a page's last line(s) with no text after it. */
    void heading(String cells, int indent) {
        place(wrap(cells, indent, indent, BrfLayout.CELLS_PER_LINE), true, true);
    }

    void centered(String cells) {
        List<String> lines = new ArrayList<>();
        for (String text : wrap(cells, 0, 0, BrfLayout.CELLS_PER_LINE - 2 * BrfLayout.CENTERED_MARGIN)) {
            lines.add(blanks((BrfLayout.CELLS_PER_LINE - text.length()) / 2) + text);
        }
        place(lines, true, true);
    }

    void boxLine() {
        place(List.of(String.valueOf(BrfLayout.BOX_CELL).repeat(BrfLayout.CELLS_PER_LINE)), true, false);
    }

    /** A blank line, unless the page is just starting or already ends with one. */
    void blankLine() {
        List<String> page = current();
        if (!page.isEmpty() && !page.get(page.size() - 1).isEmpty()) {
            if (page.size() == TEXT_LINES) {
                pages.add(new ArrayList<>());
            } else {
                page.add("");
            }
        }
    }

    /**
     * The blank line before or after a list or table, kept on line 1 when it falls at a page's top
     * (BANA: start a list on line 2 when braille ends the page before). Their lines start in cell 1
     * like a paragraph's runovers, so at a page's top the blank line is the only sign that the list
     * or table starts or ends there.
     */
    void setOffLine() {
        List<String> page = current();
        if (page.isEmpty() ? pages.size() > 1 : page.size() == TEXT_LINES && !page.get(page.size() - 1).isEmpty()) {
            blankOpensPage = true;
        } else {
            blankLine();
        }
    }

    /** The file: CR LF after every line, a form feed between pages. */
    String brf() {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                out.append(BrfLayout.FORM_FEED);
            }
            for (String line : page(p)) {
                out.append(BrailleAscii.toAscii(line)).append(BrfLayout.LINE_END);
            }
        }
        return out.toString();
    }

    /** Page {@code index} (0-based) as 25 lines of Unicode braille, its number on the last. */
    List<String> page(int index) {
        List<String> lines = new ArrayList<>(pages.get(index));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        while (lines.size() < TEXT_LINES) {
            lines.add("");
        }
        String number = BrailleAscii.toCells(BrfLayout.pageNumber(index + 1));
        lines.add(blanks(BrfLayout.CELLS_PER_LINE - number.length()) + number);
        return lines;
    }

    int pageCount() {
        return pages.size();
    }

    private void place(List<String> lines, boolean keepTogether, boolean keepWithNext) {
        if (lines.isEmpty()) {
            return;
        }
        int needed = lines.size() + (keepWithNext ? 1 : 0);
        if (keepTogether && current().size() + needed > TEXT_LINES && needed <= TEXT_LINES && !current().isEmpty()) {
            pages.add(new ArrayList<>());
        }
        for (String line : lines) {
            if (current().size() == TEXT_LINES) {
                pages.add(new ArrayList<>());
            }
            if (blankOpensPage && current().isEmpty()) {
                current().add("");
            }
            blankOpensPage = false;
            current().add(line);
        }
    }

    private List<String> current() {
        return pages.get(pages.size() - 1);
    }

    /**
     * Fills each line with as many whole words as fit. A single word wider than a line (a long web
     * address) is the one thing cut, since it cannot fit anywhere whole: it starts where it stands,
     * after the words before it on their line, and each line it fills ends with the continuation
     * indicator. Moved to a line of its own instead, it would leave a list item's number alone on
     * its line, which reads as an item of its own.
     */
    static List<String> wrap(String cells, int firstIndent, int runoverIndent, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(blanks(firstIndent));
        boolean lineHasWord = false;
        for (String word : cells.split(String.valueOf(BrailleAscii.BLANK_CELL))) {
            if (word.isEmpty()) {
                continue;
            }
            String rest = word;
            while (!rest.isEmpty()) {
                int room = width - line.length() - (lineHasWord ? 1 : 0);
                if (rest.length() <= room) {
                    line.append(lineHasWord ? String.valueOf(BrailleAscii.BLANK_CELL) : "").append(rest);
                    lineHasWord = true;
                    rest = "";
                } else if (lineHasWord && (rest.length() <= width - runoverIndent || room < 2)) {
                    lines.add(line.toString());
                    line = new StringBuilder(blanks(runoverIndent));
                    lineHasWord = false;
                } else {
                    line.append(lineHasWord ? String.valueOf(BrailleAscii.BLANK_CELL) : "")
                            .append(rest, 0, room - 1).append(BrfLayout.CONTINUATION);
                    lineHasWord = false;
                    rest = rest.substring(room - 1);
                    lines.add(line.toString());
                    line = new StringBuilder(blanks(runoverIndent));
                }
            }
        }
        if (lineHasWord) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String blanks(int count) {
        return String.valueOf(BrailleAscii.BLANK_CELL).repeat(count);
    }
}
