package org.handout.braille;

/**
 * What braille a handout's language gets: a liblouis table, or the reason there is none. A
 * language without a table is an outcome to report, not a failure, so it is a value.
 */
public sealed interface BrailleCode permits BrailleTable, NoBrailleTable {
}
