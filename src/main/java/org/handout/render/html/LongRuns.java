package org.handout.render.html;

import java.util.regex.Pattern;

/**
 * Table cells holding a run of characters no line may break inside that is longer than any ordinary word (words
 * tied by non-breaking spaces, a long address segment, a chemical name): print lets only those cells break such a
 * run where it must. Letting every cell break would make OpenHTMLtoPDF size columns as if any word could break,
 * and a crowded table would then break ordinary words that a column sized by its longest word holds whole.
 */
final class LongRuns {
    /** CSS class of a cell holding such a run (styles/print.css). */
    static final String CELL_CLASS = "long-run";
    /** Longer than the long words of a medicine handout ("hydroxychloroquine" has 18 letters). */
    private static final int LONGEST_ORDINARY_RUN = 20;
    /** Where a line may break: a breaking space, or after a hyphen, dash or slash. */
    private static final Pattern BREAK = Pattern.compile("[\\s&&[^\u00A0\u2007\u202F]]+|(?<=[-\u2010\u2013\u2014/])");

    private LongRuns() {
    }

    static boolean holdsOne(String text) {
        for (String run : BREAK.split(text)) {
            if (run.codePointCount(0, run.length()) > LONGEST_ORDINARY_RUN) {
                return true;
            }
        }
        return false;
    }
}
