package org.handout.check;

import java.util.ArrayList;
import java.util.List;
import org.handout.check.Difference.Kind;
import org.handout.check.Outline.PartEntry;

/**
 * Holds the text a format marks as in another language to the source's parts. Formats cut a
 * part differently (a PDF tags a phrase once per line it spans; a DOCX part is a run of runs), so
 * the found parts are read as one stream of text: each expected part must be covered, in order, by
 * found text in its language. A part whose text is found in no language of its own, or in another,
 * is WRONG_LANGUAGE. Parts a format marks beyond the source's are not differences. Stateless.
 */
final class PartComparison {
    private static final int LABEL_LENGTH = 30;

    private PartComparison() {
    }

    static List<Difference> compare(Outline expected, Outline found) {
        List<String> keys = new ArrayList<>();
        List<String> langs = new ArrayList<>();
        for (PartEntry part : found.parts()) {
            keys.add(key(part.text()));
            langs.add(part.lang());
        }
        List<Difference> differences = new ArrayList<>();
        int cursor = 0;
        for (int n = 0; n < expected.parts().size(); n++) {
            PartEntry part = expected.parts().get(n);
            String rest = key(part.text());
            int start = start(keys, cursor, rest);
            String foundLang = start < 0 ? found.lang() : langs.get(start);
            boolean covered = start >= 0;
            for (int k = start; covered && !rest.isEmpty(); k++) {
                if (k >= keys.size() || !langs.get(k).equalsIgnoreCase(foundLang)) {
                    covered = false;
                } else if (keys.get(k).startsWith(rest)) {
                    keys.set(k, keys.get(k).substring(rest.length()));
                    rest = "";
                    cursor = k;
                } else if (rest.startsWith(keys.get(k))) {
                    rest = rest.substring(keys.get(k).length());
                    cursor = k + 1;
                } else {
                    covered = false;
                }
            }
            if (!covered || !foundLang.equalsIgnoreCase(part.lang())) {
                differences.add(new Difference(Kind.WRONG_LANGUAGE, label(n, part), part.lang(),
                        covered ? foundLang : found.lang()));
            }
        }
        return differences;
    }

    /** The first found part from {@code cursor} on where the expected text starts. */
    private static int start(List<String> keys, int cursor, String text) {
        for (int k = cursor; k < keys.size(); k++) {
            String key = keys.get(k);
            if (!key.isEmpty() && !text.isEmpty() && (key.startsWith(text) || text.startsWith(key))) {
                return k;
            }
        }
        return -1;
    }

    /** Comparable text without spaces: a PDF puts a line break where the source has none between two Han characters. */
    private static String key(String text) {
        return ComparableText.of(text).replace(" ", "");
    }

    private static String label(int index, PartEntry part) {
        String text = part.text().strip();
        if (text.length() > LABEL_LENGTH) {
            text = text.substring(0, LABEL_LENGTH).strip() + "…";
        }
        return "text in another language " + (index + 1) + " \"" + text + "\"";
    }
}
