package org.handout.render;

import java.util.List;

/**
 * A print profile: the numbers that make a handout standard or large print. It is data, defined
 * once here; the PDF's CSS and the DOCX styles are both generated from it.
 *
 * @param headingPt     sizes of heading levels 1 to 6
 * @param lineHeight    line height as a multiple of the font size
 * @param italicAllowed false where emphasis must become bold (large print)
 */
public record Profile(String name, PageSize page, double marginPt, double bodyPt,
                      List<Double> headingPt, double footerPt, double lineHeight, double paragraphSpacingPt,
                      boolean italicAllowed, Palette colors) {

    public Profile {
        headingPt = List.copyOf(headingPt);
        if (headingPt.size() != 6) {
            throw new IllegalArgumentException("a profile needs six heading sizes");
        }
    }

    public static Profile standard(PageSize page) {
        return new Profile("standard", page, 54, 12, List.of(24.0, 18.0, 15.0, 13.0, 12.0, 12.0), 9,
                1.45, 8, true, new Palette("#1a1a1a", "#ffffff", "#1f4e79", "#4a4a4a", "#eef3f8", "#1f4e79"));
    }

    public static Profile largePrint(PageSize page) {
        return new Profile("large-print", page, 72, 18, List.of(28.0, 24.0, 22.0, 20.0, 20.0, 20.0), 18,
                1.5, 14, false, new Palette("#000000", "#ffffff", "#0b2f52", "#1a1a1a", "#f2f6fa", "#0b2f52"));
    }

    public double headingPt(int level) {
        return headingPt.get(level - 1);
    }

    /** What the file name of this profile's outputs carries after the slug: "" or "-large-print". */
    public String fileSuffix() {
        return name.equals("standard") ? "" : "-" + name;
    }
}
