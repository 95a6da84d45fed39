package org.handout.check.braille;

/**
 * One unit of braille text as its layout shows it: a heading, a paragraph, a list item, … Cells
 * are 1-based as braille transcribers count them ({@link #CENTERED} for a centered heading).
 *
 * @param kind        what the layout says it is
 * @param level       a heading's level (3 stands for every cell-7 heading) or a list item's depth; 0 otherwise
 * @param cell        the cell its first line starts in
 * @param runoverCell the cell its further lines start in; 0 when it has one line
 * @param setOff      preceded by a blank line, a box line or the top of a page
 * @param page        the braille page it starts on, 1-based (0 for an expected element)
 * @param line        the line it starts on within that page, 1-based (0 for an expected element)
 * @param text        its words back-translated to print (or, expected, from the source)
 */
public record BrailleElement(Kind kind, int level, int cell, int runoverCell, boolean setOff, int page, int line,
                             String text) {
    public static final int CENTERED = 0;

    public enum Kind {
        HEADING, PARAGRAPH, QUOTE, ATTRIBUTION, LIST_ITEM, IMAGE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** How a report names it, e.g. {@code heading 2 "Why does relapse happen?"}. */
    public String label() {
        String shown = text.length() > 40 ? text.substring(0, text.lastIndexOf(' ', 40) > 20 ? text.lastIndexOf(' ', 40) : 40) + "…" : text;
        return kind.label() + (kind == Kind.HEADING || kind == Kind.LIST_ITEM ? " " + level : "") + " \"" + shown + "\"";
    }

    /** Where it starts, e.g. {@code cell 5} or {@code centered}. */
    public static String describeCell(int cell) {
        return cell == CENTERED ? "centered" : "cell " + cell;
    }
}
