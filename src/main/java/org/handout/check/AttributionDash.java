package org.handout.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dash that introduces a quote's attribution. The source marks an attribution with an em dash, an en dash
 * or "--"; renderers print "— "; readers and the comparison must all strip the same set.
 */
public final class AttributionDash {

    private static final Pattern LEADING_DASH = Pattern.compile("^\\s*(?:\u2014|\u2013|\u2015|\u2012|--)\\s*(.*)$",
            Pattern.DOTALL);

    private AttributionDash() {
    }

    /** The text after a leading attribution dash, or empty when the text does not start with one. */
    public static Optional<String> strip(String text) {
        Matcher matcher = LEADING_DASH.matcher(text);
        return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    /** The text without a leading attribution dash, if it has one. */
    public static String withoutDash(String text) {
        return strip(text).orElse(text.strip());
    }
}
