package org.handout.check.braille;

/**
 * A print character a braille code writes with the cells of another, so back-translation gives
 * the other: {@code print} reads back as {@code reads}. It is the code's ambiguity, not the
 * back-translator's, and holds in uncontracted braille too; {@code why} names the cells.
 */
public record SharedCell(String table, String print, String reads, String why) {
}
