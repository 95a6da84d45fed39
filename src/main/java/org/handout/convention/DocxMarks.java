package org.handout.convention;

/**
 * What handout's DOCX writer marks and its reader looks for, defined once so the two cannot
 * drift apart: the bookmark that spans each quotation and Word's "Mark as decorative" extension.
 */
public final class DocxMarks {
    /**
     * Hidden bookmarks (a leading underscore) named _Quote1, _Quote2, … span each quotation, numbered in reading
     * order of their starts. Files from earlier versions start and end one in the quotation's first paragraph.
     */
    public static final String QUOTE_BOOKMARK = "_Quote";
    /** The id of Word's extension that marks a picture decorative (Office 2019+ "Mark as decorative"). */
    public static final String DECORATIVE_EXT = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";
    public static final String DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative";

    private DocxMarks() {
    }
}
