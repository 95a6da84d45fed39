package org.handout.check.braille;

import org.handout.check.FormatName;

/** What every report says where braille made by software is handed over. */
public final class BrailleFormat {
    /** The braille format's id on the command line and in report.json. */
    public static final String ID = "braille";

    /**
     * liblouis' UEB grade-2 tables still receive fixes, and a back-translation that matches the
     * source shows the braille reads as the source, not that every contraction is a transcriber's choice.
     */
    public static final String PROOFREADING = "Braille made by software, contracted braille above all, should be"
            + " proofread by a certified braille transcriber before it is handed out.";

    private BrailleFormat() {
    }

    public static boolean is(FormatName format) {
        return format.id().equals(ID);
    }
}
