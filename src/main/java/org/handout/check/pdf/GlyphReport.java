package org.handout.check.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of a PDF as actually drawn, page furniture (artifacts) excluded: what large-print
 * rules are measured on.
 *
 * @param minGlyphPt    the smallest drawn size of any visible glyph, in points
 * @param medianGlyphPt the median drawn size over all visible glyphs
 * @param minArtifactGlyphPt the smallest glyph of the page furniture (running footer, page
 *                      numbers), which large print must keep large too; 0 when there is none
 * @param fonts         every font a visible glyph is drawn with
 * @param lines         the visible text lines in reading order, page by page
 */
public record GlyphReport(int pages, double minGlyphPt, double medianGlyphPt, double minArtifactGlyphPt,
                          Set<FontUse> fonts, List<TextLine> lines) {

    public GlyphReport {
        fonts = Set.copyOf(fonts);
        lines = List.copyOf(lines);
    }

    /** A font as named in the PDF, and whether its descriptor or name marks it italic or oblique. */
    public record FontUse(String name, boolean italic) {
    }

    /**
     * One line of visible text.
     *
     * @param startX   where its first glyph starts, in points from the page's left edge
     * @param endX     where its last glyph ends
     * @param baseline distance of the baseline from the top of the page
     * @param fontPt   the largest glyph size on the line
     */
    public record TextLine(int page, double startX, double endX, double baseline, double fontPt, String text) {
    }

    /**
     * Lines that start at an x no other line on their page starts at (within {@code tolerancePt}):
     * centred or right-aligned text. Left-aligned text shares its left edge with its neighbours,
     * whether that edge is the margin or a quote's or list's indent.
     */
    public List<TextLine> linesOffLeftEdges(double tolerancePt) {
        List<TextLine> off = new ArrayList<>();
        for (TextLine line : lines) {
            boolean shared = lines.stream().anyMatch(other -> other != line && other.page() == line.page()
                    && Math.abs(other.startX() - line.startX()) <= tolerancePt);
            if (!shared) {
                off.add(line);
            }
        }
        return off;
    }

    /**
     * Baseline distance to the line before, as a multiple of the line's own glyph size, for every
     * line that follows another on the same page. Paragraph and block spacing only add to it, so
     * the smallest value is the tightest line spacing in the document.
     */
    public List<Double> lineSpacingRatios() {
        List<Double> ratios = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            TextLine previous = lines.get(i - 1);
            TextLine line = lines.get(i);
            if (previous.page() == line.page() && line.baseline() > previous.baseline()) {
                ratios.add((line.baseline() - previous.baseline()) / line.fontPt());
            }
        }
        return ratios;
    }

    /** Lines whose last visible character is a hyphen, where a word may have been split. */
    public List<TextLine> linesEndingWithHyphen() {
        return lines.stream().filter(line -> line.text().strip().matches(".*[\\-\u2010\u00AD]$")).toList();
    }

    /**
     * True when the text is not justified: among lines that run close to the widest line, their
     * right ends still differ. Justified text ends every full line at the same x.
     */
    public boolean raggedRight(double tolerancePt) {
        double right = lines.stream().mapToDouble(TextLine::endX).max().orElse(0);
        List<Double> ends = lines.stream().map(TextLine::endX).filter(x -> x > right - 72).toList();
        return ends.stream().anyMatch(x -> Math.abs(x - right) > tolerancePt);
    }
}
