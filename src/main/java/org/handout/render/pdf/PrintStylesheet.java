package org.handout.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.handout.render.LanguageFonts;
import org.handout.render.PageWords;
import org.handout.render.Palette;
import org.handout.render.Profile;
import org.handout.render.WritingDirection;
import org.handout.render.BundledResource;

/**
 * The CSS a printed handout is laid out with: the fixed layout rules of {@code styles/print.css}
 * followed by the numbers and colours of one {@link Profile}, which are defined nowhere else.
 */
public final class PrintStylesheet {
    private static final String LAYOUT = BundledResource.text("/styles/print.css");
    /** A right-to-left handout is mirrored: lines start on the right, the quote rule and list markers stand there. */
    private static final String MIRRORED = """
            body, th, td { text-align: right; }
            ul, ol { padding-left: 0; padding-right: 1.5em; }
            blockquote.quote { border-left-style: none; border-left-width: 0; border-right-style: solid; border-right-width: 4pt; }
            """;

    private PrintStylesheet() {
    }

    /** The stylesheet with the default language's fonts: what the contrast measure reads. */
    public static String of(Profile profile) {
        return of(profile, Locale.ROOT);
    }

    /** The complete stylesheet for a profile and a language (its fonts and direction), exactly as the PDF renderer inlines it. */
    public static String of(Profile profile, Locale language) {
        boolean rightToLeft = WritingDirection.of(language) == WritingDirection.RIGHT_TO_LEFT;
        String css = LAYOUT + "\n/* Generated from the \"" + profile.name() + "\" profile. */\n"
                + profileRules(profile, LanguageFonts.bundled().of(language).css(), pageNumber(PageWords.of(language), rightToLeft),
                rightToLeft);
        return rightToLeft ? css + MIRRORED : css;
    }

    /**
     * "Page N of M" as CSS content: the language's words around the page counters. Generated
     * content bypasses OpenHTMLtoPDF's shaping and the reordering inside a string, so right-to-left
     * words are given already shaped, each string's letters in the order they are drawn (their
     * spaces no-break, which the layout keeps at a string's edge). The strings and counters stay
     * in reading order: the margin box runs right to left like the page, so it places the first
     * rightmost.
     */
    private static String pageNumber(PageWords words, boolean rightToLeft) {
        List<String> parts = new ArrayList<>(words.pageNumber());
        if (rightToLeft) {
            JoiningReorderer reorderer = new JoiningReorderer();
            parts.replaceAll(part -> part.startsWith("{") ? part
                    : reorderer.reorderRTLTextToLTR(reorderer.shapeText(part)).replace(' ', '\u00A0'));
        }
        List<String> content = new ArrayList<>();
        for (String part : parts) {
            if (part.equals(PageWords.PAGE)) {
                content.add("counter(page)");
            } else if (part.equals(PageWords.PAGES)) {
                content.add("counter(pages)");
            } else {
                content.add("\"" + part.replace(' ', '\u00A0').replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
        }
        return String.join(" ", content);
    }

    /**
     * The footer is the running line where lines start and the page number where they end, which a
     * right-to-left page mirrors. The page number's box is wide enough for a large-print "第 10 页，共 12 页"
     * on one line. OpenHTMLtoPDF lays a right-to-left page number out leftwards from where a
     * left-to-right one would start (measured on 1.1.65: one width left of the box's right edge),
     * so on the mirrored page it stands in the left box, clear of the running line.
     */
    private static String profileRules(Profile p, String family, String pageNumber, boolean rightToLeft) {
        Palette c = p.colors();
        StringBuilder css = new StringBuilder();
        String marginBox = format("font-family: %s; font-size: %spt; line-height: %s; color: %s; vertical-align: top;",
                family, p.footerPt(), p.lineHeight(), c.muted());
        String runningLine = format("content: element(footer); width: 60%%; %s", marginBox);
        String pageNumberBox = format("content: %s; width: 40%%; text-align: right; white-space: nowrap; %s",
                pageNumber, marginBox);
        css.append(format("@page { size: %spt %spt; margin: %spt;%n", p.page().widthPt(), p.page().heightPt(), p.marginPt()))
                .append(format("  @bottom-left { %s }%n", rightToLeft ? pageNumberBox : runningLine))
                .append(format("  @bottom-right { %s } }%n", rightToLeft ? runningLine : pageNumberBox))
                .append(format("html { font-family: %s; font-size: %spt; line-height: %s; color: %s; background: %s; }%n",
                        family, p.bodyPt(), p.lineHeight(), c.text(), c.background()));
        for (int level = 1; level <= 6; level++) {
            css.append(format("h%d { font-size: %spt; color: %s; }%n", level, p.headingPt(level), c.accent()));
        }
        css.append(format("p, ul, ol, table, .figure { margin-bottom: %spt; }%n", p.paragraphSpacingPt()))
                .append(format("h2, h3, h4, h5, h6 { margin-top: %spt; margin-bottom: %spt; }%n",
                        p.paragraphSpacingPt() * 2, p.paragraphSpacingPt()))
                .append(format("blockquote.quote, .note { margin-top: %spt; margin-bottom: %spt; }%n",
                        p.paragraphSpacingPt() * 1.5, p.paragraphSpacingPt() * 1.5))
                .append(format("blockquote.quote { border-left-color: %s; border-right-color: %s; background: %s; color: %s; }%n",
                        c.rule(), c.rule(), c.noteBackground(), c.text()))
                .append(format(".note { border-color: %s; background: %s; color: %s; }%n",
                        c.rule(), c.noteBackground(), c.text()))
                .append(format("thead th { background: %s; color: %s; }%n", c.noteBackground(), c.text()))
                .append(format("th, td { border-color: %s; }%n", c.muted()))
                .append(format(".attribution { color: %s; }%n", c.muted()))
                .append(format(".running-footer { font-family: %s; font-size: %spt; line-height: %s; color: %s; }%n",
                        family, p.footerPt(), p.lineHeight(), c.muted()));
        if (p.italicAllowed()) {
            css.append(format("a { color: %s; text-decoration: underline; }%n", c.accent()));
        } else {
            css.append("em, i, cite { font-style: normal; font-weight: bold; }\n")
                    .append(format("a { color: %s; text-decoration: none; font-weight: bold; }%n", c.accent()));
        }
        return css.toString();
    }

    /** Locale-independent numbers: a German JVM must not write {@code 12,0pt}. */
    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
