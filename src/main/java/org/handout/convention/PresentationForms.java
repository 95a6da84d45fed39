package org.handout.convention;

import java.text.Normalizer;

/**
 * Arabic and Hebrew presentation forms — the shaped glyphs (initial, medial, final, ligature) a
 * PDF's text may carry — and the letters they show, by their compatibility decomposition. The PDF
 * writer that shapes and the readers that compare agree on this one mapping.
 */
public final class PresentationForms {
    private PresentationForms() {
    }

    /** True for a code point of Hebrew or Arabic Presentation Forms (A and B). */
    public static boolean isPresentationForm(int codePoint) {
        return codePoint >= 0xFB1D && codePoint <= 0xFDFF || codePoint >= 0xFE70 && codePoint <= 0xFEFC;
    }

    /** The text with every presentation form replaced by the letters it shows; all else unchanged. */
    public static String toLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isPresentationForm(c)) {
                out.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
