package org.handout.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.handout.render.Profile;

/**
 * The numbering part: one bullet and one decimal definition with nine indented levels, and one
 * numbering instance per list of the handout so every ordered list starts at its own number.
 * Word lists are numbering, never bullets typed as text, so screen readers announce them as lists.
 */
final class ListNumbering {
    private static final int BULLETS = 0;
    private static final int DECIMALS = 1;
    private static final String[] BULLET_GLYPHS = {"•", "–", "•", "–", "•", "–", "•", "–", "•"};

    private final Profile profile;
    private final String markerFont;
    private final List<Instance> instances = new ArrayList<>();

    private record Instance(boolean ordered, int level, int start) {
    }

    /** @param markerFont the family that draws the bullets and numbers: the language's Latin one */
    ListNumbering(Profile profile, String markerFont) {
        this.profile = profile;
        this.markerFont = markerFont;
    }

    /** Registers a list whose items sit at {@code level} (0 for top level) and returns its numId. */
    int newList(boolean ordered, int level, int start) {
        instances.add(new Instance(ordered, level, start));
        return instances.size();
    }

    /** How far the text of an item at {@code level} sits from the margin, in twips. */
    long textIndent(int level) {
        return step() * (level + 1);
    }

    private long step() {
        return DocxStyleSheet.twips(profile.bodyPt() * 1.5);
    }

    boolean isEmpty() {
        return instances.isEmpty();
    }

    String xml() {
        StringBuilder out = new StringBuilder("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        out.append(abstractNum(BULLETS, false)).append(abstractNum(DECIMALS, true));
        for (int i = 0; i < instances.size(); i++) {
            Instance list = instances.get(i);
            out.append("<w:num w:numId=\"").append(i + 1).append("\"><w:abstractNumId w:val=\"")
                    .append(list.ordered() ? DECIMALS : BULLETS).append("\"/>");
            if (list.ordered()) {
                out.append("<w:lvlOverride w:ilvl=\"").append(list.level()).append("\"><w:startOverride w:val=\"")
                        .append(list.start()).append("\"/></w:lvlOverride>");
            }
            out.append("</w:num>");
        }
        return out.append("</w:numbering>").toString();
    }

    /** Indents grow with the body size, so large-print markers keep their distance from the text. */
    private String abstractNum(int id, boolean ordered) {
        String font = DocxStyleSheet.escape(markerFont);
        StringBuilder out = new StringBuilder("<w:abstractNum w:abstractNumId=\"").append(id)
                .append("\"><w:multiLevelType w:val=\"multilevel\"/>");
        for (int level = 0; level < 9; level++) {
            out.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/>")
                    .append("<w:numFmt w:val=\"").append(ordered ? "decimal" : "bullet").append("\"/>")
                    .append("<w:lvlText w:val=\"").append(ordered ? "%" + (level + 1) + "." : BULLET_GLYPHS[level]).append("\"/>")
                    .append("<w:lvlJc w:val=\"left\"/>")
                    .append("<w:pPr><w:ind w:left=\"").append(textIndent(level)).append("\" w:hanging=\"").append(step())
                    .append("\"/></w:pPr>")
                    .append("<w:rPr><w:rFonts w:ascii=\"").append(font).append("\" w:hAnsi=\"").append(font)
                    .append("\"/></w:rPr></w:lvl>");
        }
        return out.append("</w:abstractNum>").toString();
    }
}
