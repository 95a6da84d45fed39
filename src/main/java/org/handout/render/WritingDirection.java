package org.handout.render;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/** Which way a language's lines run, from the likely script of the language (CLDR data through ICU). */
public enum WritingDirection {
    LEFT_TO_RIGHT("ltr"), RIGHT_TO_LEFT("rtl");

    private final String html;

    WritingDirection(String html) {
        this.html = html;
    }

    public static WritingDirection of(Locale language) {
        return ULocale.forLocale(language).isRightToLeft() ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
    }

    /** CSS that sets a block's text this way, aligned to where its lines start. */
    public String css() {
        return "direction: " + html + "; text-align: " + (this == RIGHT_TO_LEFT ? "right" : "left") + "; ";
    }

    /** The value of HTML's {@code dir} attribute. */
    public String html() {
        return html;
    }

    /** True for a letter of a right-to-left script (Hebrew, Arabic …), whose run must be marked as such. */
    public static boolean isRightToLeftLetter(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
