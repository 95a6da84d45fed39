package org.handout.render.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** One segment of a relative link that survives any file name: percent-encoded as UTF-8. */
public final class UrlSegment {
    private UrlSegment() {
    }

    public static String encode(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
