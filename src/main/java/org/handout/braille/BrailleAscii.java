package org.handout.braille;

/**
 * North American Braille ASCII, the character set of BRF files: 64 printable characters
 * (space to underscore), one per six-dot cell. Translation works in Unicode braille (U+2800 to
 * U+283F) so the mapping is this class's alone, not the display table a liblouis table happens to
 * carry (those write some cells as lower-case letters or backquotes).
 */
public final class BrailleAscii {

    /** The first character of the set; each one's dots, in ASCII order from here. */
    private static final char FIRST = ' ';
    private static final String[] DOTS = {
        "", "2346", "5", "3456", "1246", "146", "12346", "3", "12356", "23456", "16", "346", "6", "36", "46", "34",
        "356", "2", "23", "25", "256", "26", "235", "2356", "236", "35", "156", "56", "126", "123456", "345", "1456",
        "4", "1", "12", "14", "145", "15", "124", "1245", "125", "24", "245", "13", "123", "134", "1345", "135",
        "1234", "12345", "1235", "234", "2345", "136", "1236", "2456", "1346", "13456", "1356", "246", "1256", "12456",
        "45", "456",
    };
    private static final char[] ASCII_OF_CELL = new char[64];

    static {
        for (int i = 0; i < DOTS.length; i++) {
            int pattern = 0;
            for (char dot : DOTS[i].toCharArray()) {
                pattern |= 1 << (dot - '1');
            }
            ASCII_OF_CELL[pattern] = (char) (FIRST + i);
        }
    }

    /** The blank cell, as Unicode braille. */
    public static final char BLANK_CELL = '\u2800';

    private BrailleAscii() {
    }

    /** True for the 64 characters a BRF may hold on a line. */
    public static boolean inCharset(char c) {
        return c >= FIRST && c < FIRST + DOTS.length;
    }

    /** True for a six-dot Unicode braille cell. */
    public static boolean isCell(char c) {
        return c >= '\u2800' && c <= '\u283F';
    }

    public static char toAscii(char cell) {
        if (!isCell(cell)) {
            throw new IllegalArgumentException("not a six-dot braille cell: U+" + Integer.toHexString(cell).toUpperCase());
        }
        return ASCII_OF_CELL[cell - '\u2800'];
    }

    public static char toCell(char ascii) {
        if (!inCharset(ascii)) {
            throw new IllegalArgumentException("not North American Braille ASCII: U+" + Integer.toHexString(ascii).toUpperCase());
        }
        int pattern = 0;
        for (char dot : DOTS[ascii - FIRST].toCharArray()) {
            pattern |= 1 << (dot - '1');
        }
        return (char) ('\u2800' + pattern);
    }

    public static String toAscii(CharSequence cells) {
        StringBuilder out = new StringBuilder(cells.length());
        for (int i = 0; i < cells.length(); i++) {
            out.append(toAscii(cells.charAt(i)));
        }
        return out.toString();
    }

    /** Unicode braille for a BRF line, so sighted reviewers see the dots rather than the ASCII stand-ins. */
    public static String toCells(CharSequence ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            out.append(toCell(ascii.charAt(i)));
        }
        return out.toString();
    }
}
