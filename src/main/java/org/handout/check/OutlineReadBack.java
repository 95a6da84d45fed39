package org.handout.check;

/**
 * A file read back into the outline and the whole text a reader finds in it (HTML, PDF, DOCX), held to the
 * outline and text its source must carry.
 */
public interface OutlineReadBack extends ReadBack {
    Outline outline();

    /** The file's whole text as assistive technology meets it, read in the same load as the outline. */
    FoundText text();

    @Override
    default Fidelity fidelity(ExpectedContent expected) {
        return Fidelity.ofOutlineAndText(expected, outline(), text());
    }
}
