package org.handout.render.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Joins Arabic-script letters by giving each the presentation form its neighbours call for
 * (isolated, initial, medial or final), including the lam-alef ligatures. The forms come from
 * the Unicode decompositions of Presentation Forms-A and -B (U+FB50–U+FDFF, U+FE70–U+FEFC), so
 * Persian and Urdu letters (پ چ ژ گ ک ی ہ ے), whose forms are only in Forms-A, join too: ICU's
 * own shaper knows Forms-B alone and leaves them unjoined. Immutable and thread-safe.
 */
final class ContextualForms {
    private static final int LAM = 0x0644;
    /** The alefs lam must ligate with; Unicode's other lam ligatures are optional and left to the letters. */
    private static final Set<Integer> ALEFS = Set.of(0x0622, 0x0623, 0x0625, 0x0627);
    private static final ContextualForms UNICODE = new ContextualForms();

    /** Per letter: its isolated, final, initial and medial forms, 0 where Unicode has none. */
    private final Map<Integer, int[]> forms = new HashMap<>();
    /** Lam followed by an alef: the ligature's isolated and final forms. */
    private final Map<Integer, int[]> lamAlef = new HashMap<>();

    private ContextualForms() {
        for (int form = 0xFB50; form <= 0xFEFC; form++) {
            if (form > 0xFDFF && form < 0xFE70) {
                continue;
            }
            int slot = slot(UCharacter.getIntPropertyValue(form, UProperty.DECOMPOSITION_TYPE));
            if (slot < 0) {
                continue;
            }
            int[] base = Normalizer.normalize(Character.toString(form), Normalizer.Form.NFKD).codePoints().toArray();
            if (base.length == 1) {
                forms.computeIfAbsent(base[0], letter -> new int[4])[slot] = form;
            } else if (base.length == 2 && base[0] == LAM && ALEFS.contains(base[1]) && slot < 2) {
                lamAlef.computeIfAbsent(base[1], alef -> new int[2])[slot] = form;
            }
        }
    }

    static ContextualForms unicode() {
        return UNICODE;
    }

    private static int slot(int decompositionType) {
        if (decompositionType == UCharacter.DecompositionType.ISOLATED) {
            return 0;
        } else if (decompositionType == UCharacter.DecompositionType.FINAL) {
            return 1;
        } else if (decompositionType == UCharacter.DecompositionType.INITIAL) {
            return 2;
        } else if (decompositionType == UCharacter.DecompositionType.MEDIAL) {
            return 3;
        }
        return -1;
    }

    /** Text in logical order with every joining letter replaced by its contextual form. */
    String shape(String text) {
        int[] letters = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < letters.length; i++) {
            int letter = letters[i];
            boolean joinsBefore = joinsRight(letter) && joinsLeft(neighbour(letters, i, -1));
            int next = nextLetter(letters, i);
            if (letter == LAM && next >= 0 && lamAlef.containsKey(letters[next])) {
                int[] ligature = lamAlef.get(letters[next]);
                out.appendCodePoint(ligature[joinsBefore ? 1 : 0]);
                appendBetween(out, letters, i, next);
                i = next;
                continue;
            }
            boolean joinsAfter = joinsLeft(letter) && joinsRight(neighbour(letters, i, 1));
            out.appendCodePoint(form(letter, joinsBefore, joinsAfter));
        }
        return out.toString();
    }

    private int form(int letter, boolean joinsBefore, boolean joinsAfter) {
        int[] known = forms.get(letter);
        if (known == null) {
            return letter;
        }
        int slot = joinsBefore ? (joinsAfter ? 3 : 1) : (joinsAfter ? 2 : 0);
        return known[slot] != 0 ? known[slot] : known[0] != 0 ? known[0] : letter;
    }

    /** The next letter that is not a vowel mark (marks are transparent to joining), or -1. */
    private static int nextLetter(int[] letters, int from) {
        for (int i = from + 1; i < letters.length; i++) {
            if (!transparent(letters[i])) {
                return i;
            }
        }
        return -1;
    }

    private static void appendBetween(StringBuilder out, int[] letters, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            out.appendCodePoint(letters[i]);
        }
    }

    /** The nearest non-transparent letter before ({@code step} -1) or after (+1), or -1 at the text's edge. */
    private static int neighbour(int[] letters, int at, int step) {
        for (int i = at + step; i >= 0 && i < letters.length; i += step) {
            if (!transparent(letters[i])) {
                return letters[i];
            }
        }
        return -1;
    }

    private static boolean transparent(int letter) {
        return joiningType(letter) == UCharacter.JoiningType.TRANSPARENT;
    }

    /** Joins to the letter after it in logical order (drawn on its left). */
    private static boolean joinsLeft(int letter) {
        int type = joiningType(letter);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    /** Joins to the letter before it in logical order (drawn on its right). */
    private static boolean joinsRight(int letter) {
        int type = joiningType(letter);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.RIGHT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    private static int joiningType(int letter) {
        return letter < 0 ? UCharacter.JoiningType.NON_JOINING : UCharacter.getIntPropertyValue(letter, UProperty.JOINING_TYPE);
    }
}
