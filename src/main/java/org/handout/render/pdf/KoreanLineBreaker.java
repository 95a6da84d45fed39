package org.handout.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Breaks Korean lines between words only, as Korean is set (CSS {@code word-break: keep-all},
 * which OpenHTMLtoPDF lacks). Unicode's line breaking lets a line end between any two Hangul
 * syllables, which splits a word across lines and makes it read back from the page as two. Every
 * break the engine's own breaker offers is kept except one between two Hangul syllables.
 * One instance per render: it holds the text being broken.
 */
final class KoreanLineBreaker implements FSTextBreaker {
    private final FSTextBreaker breaks = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.KOREAN));
    private String text = "";

    static boolean appliesTo(Locale language) {
        return language.getLanguage().equals("ko");
    }

    @Override
    public void setText(String newText) {
        text = newText;
        breaks.setText(newText);
    }

    @Override
    public int next() {
        int at = breaks.next();
        while (at > 0 && at < text.length() && hangul(text.codePointBefore(at)) && hangul(text.codePointAt(at))) {
            at = breaks.next();
        }
        return at;
    }

    private static boolean hangul(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
    }
}
