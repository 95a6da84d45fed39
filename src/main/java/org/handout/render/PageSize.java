package org.handout.render;

/** Paper the print formats are laid out on; sizes in PostScript points (1/72 inch). */
public enum PageSize {
    LETTER("letter", 612, 792),
    A4("a4", 595.28, 841.89);

    private final String cssName;
    private final double widthPt;
    private final double heightPt;

    PageSize(String cssName, double widthPt, double heightPt) {
        this.cssName = cssName;
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    /** The name CSS {@code @page size} and the command line use. */
    public String cssName() {
        return cssName;
    }

    public double widthPt() {
        return widthPt;
    }

    public double heightPt() {
        return heightPt;
    }
}
