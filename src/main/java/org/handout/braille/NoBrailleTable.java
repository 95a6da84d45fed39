package org.handout.braille;

/** A language handout cannot put in braille, with why, for the braille row of the report. */
public record NoBrailleTable(String language, String reason) implements BrailleCode {

    /** The one line the console and report show, e.g. {@code not available for de-DE: …}. */
    public String describe() {
        return "not available for " + language + ": " + reason;
    }
}
