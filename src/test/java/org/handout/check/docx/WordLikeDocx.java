package org.handout.check.docx;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Builds small documents the way other programs write them (styles named differently, sizes
 * and levels set in places handout's renderer never uses), so the DOCX checks are specified
 * against any DOCX and not only against our own output.
 */
public final class WordLikeDocx {
    private WordLikeDocx() {
    }

    /** A new document whose styles part holds {@code docDefaults} and {@code styles} (raw WordprocessingML). */
    public static XWPFDocument withStyles(String docDefaults, String styles) throws Exception {
        XWPFDocument document = new XWPFDocument();
        String xml = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + docDefaults + styles + "</w:styles>";
        document.createStyles().setStyles(
                StylesDocument.Factory.parse(xml, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getStyles());
        return document;
    }

    public static String paragraphStyle(String id, String name, String basedOn, String inside) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + inside + "</w:style>";
    }

    public static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph p = document.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }
}
