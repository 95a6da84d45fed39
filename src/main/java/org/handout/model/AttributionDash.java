package org.handout.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dash that introduces a quote's attribution: an em dash, an en dash, a horizontal bar, a
 * figure dash or "--". Defined once, here, because the source reads it, renderers print "— ",
 * and every reader and the comparison must strip exactly the same set.
 */
public final class AttributionDash {
    /** The dash and the spaces around it at the start of a text. */
    public static final Pattern PREFIX = Pattern.compile("^\\s*(?:\u2014|\u2013|\u2015|\u2012|--)\\s*");

    private AttributionDash() {
    }

    /** The text after a leading attribution dash, or empty when the text does not start with one. */
    public static Optional<String> strip(String text) {
        Matcher matcher = PREFIX.matcher(text);
        return matcher.find() ? Optional.of(text.substring(matcher.end()).strip()) : Optional.empty();
    }

    /** The text without a leading attribution dash, if it has one. */
    public static String withoutDash(String text) {
        return strip(text).orElse(text.strip());
    }
}
