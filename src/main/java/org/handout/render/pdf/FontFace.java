package org.handout.render.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One bundled TrueType file and the CSS weight and style it answers to, known from its name alone. */
record FontFace(String resource, int weight, boolean italic) {
    /** expo-google-fonts names a face by weight and style: {@code NotoSans_700Bold_Italic.ttf}. */
    private static final Pattern FILE_NAME = Pattern.compile(".*_(\\d{3})[A-Za-z]*(_Italic)?\\.ttf");

    /** A face file under {@code styles/fonts/}. */
    static FontFace bundled(String file) {
        Matcher name = FILE_NAME.matcher(file);
        if (!name.matches()) {
            throw new IllegalStateException("font file " + file + " does not say its weight and style");
        }
        return new FontFace("/styles/fonts/" + file, Integer.parseInt(name.group(1)), name.group(2) != null);
    }
}
