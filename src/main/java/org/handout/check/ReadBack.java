package org.handout.check;

/** What reading one output file back found: the outline it carries and what its measures look at. */
public interface ReadBack {
    Outline outline();

    /** Page count where the format has pages, else 0. */
    int pages();
}
