package org.handout.render.html;

import java.util.Locale;
import org.handout.render.BundledResource;
import org.handout.render.Palette;
import org.handout.render.Profile;

/**
 * The CSS a web page is styled with: {@code styles/web.css} as it is for the standard profile;
 * for any other profile (large print) followed by that profile's sizes, spacing and colours, the
 * same numbers its PDF and DOCX are made with, in rem so the reader's own font size still scales
 * them (12 pt is the browser's default 16 px).
 */
public final class WebStylesheet {
    private static final String LAYOUT = BundledResource.text("/styles/web.css");
    private static final double POINTS_PER_REM = 12;

    private WebStylesheet() {
    }

    public static String of(Profile profile) {
        if (profile.fileSuffix().isEmpty()) {
            return LAYOUT;
        }
        return LAYOUT + "\n/* Generated from the \"" + profile.name() + "\" profile. */\n" + profileRules(profile);
    }

    private static String profileRules(Profile p) {
        Palette c = p.colors();
        StringBuilder css = new StringBuilder();
        css.append(format(":root, body { color: %s; background: %s; }%n", c.text(), c.background()))
                .append(format("body { font-size: %srem; line-height: %s; }%n", rem(p.bodyPt()), p.lineHeight()))
                .append("main, .page-footer, .versions { max-width: 40em; }\n");
        for (int level = 1; level <= 6; level++) {
            css.append(format("h%d { font-size: %srem; color: %s; }%n", level, rem(p.headingPt(level)), c.accent()));
        }
        css.append(format("p, ul, ol, table, .figure { margin-bottom: %srem; }%n", rem(p.paragraphSpacingPt())))
                .append(format("a { color: %s; }%n", c.accent()))
                .append(format(":focus-visible { outline-color: %s; }%n", c.accent()))
                .append(format(".skip-link { color: %s; background: %s; }%n", c.background(), c.accent()))
                .append(format("figure.quote, blockquote.quote, .note { background: %s; color: %s; border-color: %s; }%n",
                        c.noteBackground(), c.text(), c.rule()))
                .append(format("thead th { background: %s; color: %s; }%n", c.noteBackground(), c.text()))
                .append(format("figcaption, .page-footer { color: %s; }%n", c.muted()))
                .append(format(".page-footer { font-size: %srem; }%n", rem(p.footerPt())));
        if (!p.italicAllowed()) {
            css.append("em, i, cite { font-style: normal; font-weight: bold; }\n");
        }
        return css.toString();
    }

    private static String rem(double points) {
        return format("%.4f", points / POINTS_PER_REM).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Locale-independent numbers: a German JVM must not write {@code 1,5rem}. */
    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
