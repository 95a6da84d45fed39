package org.handout.check;

/** What reading one output file back found: the outline and text it carries and what its measures look at. */
public interface ReadBack {
    Outline outline();

    /** The file's whole text as assistive technology meets it, read in the same load as the outline. */
    FoundText text();

    /** Page count where the format has pages, else 0. */
    int pages();
}
