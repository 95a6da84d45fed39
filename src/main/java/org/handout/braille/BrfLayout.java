package org.handout.braille;

/** The page a BRF describes: the common embosser page of BANA's Braille Formats. */
public final class BrfLayout {
    public static final int CELLS_PER_LINE = 40;
    public static final int LINES_PER_PAGE = 25;
    public static final String LINE_END = "\r\n";
    public static final char FORM_FEED = '\f';
    /** Blank cells a centered heading keeps each side at least, so it never reads as text in cell 1. */
    public static final int CENTERED_MARGIN = 3;

    /** Transcriber's-note indicators of UEB, as Unicode braille: dots 4-46-126 and 4-46-345. */
    public static final String NOTE_OPEN = "\u2808\u2828\u2823";
    public static final String NOTE_CLOSE = "\u2808\u2828\u281C";
    /** The cell a box line is made of (dots 2356), drawn across the whole line above and below boxed material. */
    public static final char BOX_CELL = '\u2836';

    /**
     * Ends a full line where a sequence too long for any line (a web address) had to be divided:
     * UEB's continuation indicator, dot 5. Nothing else ends a full line with it, since dot 5 only
     * ever opens a contraction.
     */
    public static final char CONTINUATION = '\u2810';

    private BrfLayout() {
    }

    /** A braille page number as it ends a page's last line: number sign and the letters a-j for digits. */
    public static String pageNumber(int page) {
        StringBuilder out = new StringBuilder("#");
        for (char digit : Integer.toString(page).toCharArray()) {
            out.append(digit == '0' ? 'J' : (char) ('A' + digit - '1'));
        }
        return out.toString();
    }
}
