package org.handout.render.docx;

import java.util.Locale;
import org.handout.render.FontList;
import org.handout.render.Profile;
import org.handout.render.WritingDirection;

/**
 * The styles part of a handout's DOCX, generated from the print profile so the DOCX and the PDFs
 * share one set of numbers. Style ids and names are Word's built-in ones where Word has one
 * (Heading1…Heading6, Quote, ListParagraph, Hyperlink, Footer), because the Navigation Pane,
 * the Accessibility Checker and screen readers recognise them by id and outline level.
 */
final class DocxStyleSheet {
    static final String QUOTE = "Quote";
    static final String QUOTE_ATTRIBUTION = "QuoteAttribution";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String CALLOUT = "Callout";
    static final String CALLOUT_LABEL = "CalloutLabel";
    static final String TABLE_HEADING = "TableHeading";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE = "HandoutTable";
    static final String HYPERLINK = "Hyperlink";
    static final String FOOTER = "Footer";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxStyleSheet() {
    }

    static String headingId(int level) {
        return "Heading" + level;
    }

    /**
     * The whole {@code styles.xml}: document defaults (font, size, spacing, language, and for a
     * right-to-left language paragraphs that run from the right) and every style used. Word reads
     * {@code jc="left"} of a right-to-left paragraph as "at its start", that is on the right.
     */
    static String xml(Profile profile, FontList fonts, Locale language) {
        String languageTag = language.toLanguageTag();
        StringBuilder out = new StringBuilder();
        out.append("<w:styles xmlns:w=\"").append(W).append("\">");
        out.append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append(fonts(fonts))
                .append(color(profile.colors().text()))
                .append(size(profile.bodyPt()))
                .append("<w:lang w:val=\"").append(escape(languageTag)).append("\" w:eastAsia=\"")
                .append(escape(languageTag)).append("\" w:bidi=\"").append(escape(languageTag)).append("\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
                .append(WritingDirection.of(language) == WritingDirection.RIGHT_TO_LEFT ? "<w:bidi/>" : "")
                .append(spacing(0, profile.paragraphSpacingPt(), profile.lineHeight()))
                .append("<w:jc w:val=\"left\"/>")
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");

        out.append(style("paragraph", "Normal", "Normal", null, null, true, "<w:pPr><w:suppressAutoHyphens/></w:pPr>", ""));
        out.append(style("character", "DefaultParagraphFont", "Default Paragraph Font", null, null, true, "", ""));
        out.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
                .append("<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>")
                .append("<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr></w:style>");

        for (int level = 1; level <= 6; level++) {
            double pt = profile.headingPt(level);
            out.append(style("paragraph", headingId(level), "heading " + level, "Normal", "Normal", false,
                    "<w:pPr><w:keepNext/><w:keepLines/>" + spacing(pt * 0.75, pt * 0.4, profile.lineHeight())
                            + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr>",
                    "<w:rPr><w:b/><w:bCs/>" + color(profile.colors().accent()) + size(pt) + "</w:rPr>"));
        }

        String quoteIndent = "<w:ind w:left=\"" + twips(profile.bodyPt() * 2) + "\" w:right=\"" + twips(profile.bodyPt() * 2) + "\"/>";
        String quoteRule = "<w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"8\" w:color=\"" + hex(profile.colors().rule()) + "\"/></w:pBdr>";
        out.append(style("paragraph", QUOTE, "Quote", "Normal", "Normal", false,
                "<w:pPr><w:keepLines/>" + quoteRule + quoteIndent + "</w:pPr>",
                profile.italicAllowed() ? "<w:rPr><w:i/><w:iCs/></w:rPr>" : ""));
        out.append(style("paragraph", QUOTE_ATTRIBUTION, "Quote Attribution", QUOTE, "Normal", false,
                "<w:pPr><w:keepLines/></w:pPr>",
                "<w:rPr>" + (profile.italicAllowed() ? "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>" : "")
                        + color(profile.colors().muted()) + "</w:rPr>"));

        out.append(style("paragraph", LIST_PARAGRAPH, "List Paragraph", "Normal", null, false,
                "<w:pPr><w:spacing w:after=\"" + twips(profile.paragraphSpacingPt() / 2) + "\"/></w:pPr>", ""));

        String box = "<w:pBdr>" + border("top", profile) + border("left", profile) + border("bottom", profile)
                + border("right", profile) + "</w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\""
                + hex(profile.colors().noteBackground()) + "\"/><w:ind w:left=\"" + twips(profile.bodyPt() / 2)
                + "\" w:right=\"" + twips(profile.bodyPt() / 2) + "\"/>";
        out.append(style("paragraph", CALLOUT, "Callout", "Normal", "Normal", false, "<w:pPr>" + box + "</w:pPr>", ""));
        out.append(style("paragraph", CALLOUT_LABEL, "Callout Label", CALLOUT, CALLOUT, false,
                "<w:pPr><w:keepNext/></w:pPr>", "<w:rPr><w:b/><w:bCs/>" + color(profile.colors().accent()) + "</w:rPr>"));

        out.append(style("paragraph", TABLE_HEADING, "Table Heading", "Normal", "Normal", false,
                "<w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>", "<w:rPr><w:b/><w:bCs/></w:rPr>"));
        out.append(style("paragraph", TABLE_TEXT, "Table Text", "Normal", "Normal", false,
                "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>", ""));
        String rule = hex(profile.colors().rule());
        out.append("<w:style w:type=\"table\" w:styleId=\"").append(TABLE).append("\"><w:name w:val=\"Handout Table\"/>")
                .append("<w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            out.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"").append(rule).append("\"/>");
        }
        out.append("</w:tblBorders></w:tblPr></w:style>");

        out.append(style("character", HYPERLINK, "Hyperlink", "DefaultParagraphFont", null, false, "",
                "<w:rPr>" + color(profile.colors().accent()) + "<w:u w:val=\"single\"/></w:rPr>"));
        out.append(style("paragraph", FOOTER, "footer", "Normal", null, false,
                "<w:pPr><w:spacing w:after=\"0\"/></w:pPr>",
                "<w:rPr>" + color(profile.colors().muted()) + size(profile.footerPt()) + "</w:rPr>"));
        out.append("</w:styles>");
        return out.toString();
    }

    private static String style(String type, String id, String name, String basedOn, String next, boolean isDefault,
                                String pPr, String rPr) {
        StringBuilder out = new StringBuilder("<w:style w:type=\"").append(type).append('"');
        if (isDefault) {
            out.append(" w:default=\"1\"");
        }
        out.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) {
            out.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        if (next != null) {
            out.append("<w:next w:val=\"").append(next).append("\"/>");
        }
        return out.append("<w:qFormat/>").append(pPr).append(rPr).append("</w:style>").toString();
    }

    /** Word picks the font by the kind of character, so each kind names the family of the list that draws it. */
    private static String fonts(FontList fonts) {
        String latin = escape(fonts.latin());
        return "<w:rFonts w:ascii=\"" + latin + "\" w:hAnsi=\"" + latin + "\" w:eastAsia=\"" + escape(fonts.eastAsian())
                + "\" w:cs=\"" + escape(fonts.complex()) + "\"/>";
    }

    private static String border(String side, Profile profile) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"12\" w:space=\"6\" w:color=\"" + hex(profile.colors().rule()) + "\"/>";
    }

    /** Word's {@code auto} line rule counts in 240ths of a line. */
    private static String spacing(double beforePt, double afterPt, double lineHeight) {
        return "<w:spacing w:before=\"" + twips(beforePt) + "\" w:after=\"" + twips(afterPt) + "\" w:line=\""
                + Math.round(lineHeight * 240) + "\" w:lineRule=\"auto\"/>";
    }

    private static String size(double pt) {
        long halfPoints = halfPoints(pt);
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    private static String color(String rgb) {
        return "<w:color w:val=\"" + hex(rgb) + "\"/>";
    }

    static long halfPoints(double pt) {
        return Math.round(pt * 2);
    }

    static long twips(double pt) {
        return Math.round(pt * 20);
    }

    static String hex(String rgb) {
        return rgb.replace("#", "").toUpperCase(Locale.ROOT);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
