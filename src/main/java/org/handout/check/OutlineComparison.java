package org.handout.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.handout.check.Difference.Kind;
import org.handout.check.Outline.QuoteEntry;

/**
 * Names every way a found outline differs from the expected one, each exactly once.
 *
 * <p>Each kind of element (headings, quotes, list items, images, tables, links) is aligned on its comparable
 * text with a longest common subsequence, so one missing item does not make every later one "out of order".
 * Aligned pairs are then checked for level, depth, attribution and link target. What stays unaligned is
 * explained in this order: the same text elsewhere in the same sequence is WRONG_ORDER; the same text in
 * another sequence (a quote found as a list item) is WRONG_ROLE; a similar text in the same gap between
 * aligned neighbours is WRONG_TEXT (or LOST_ATTRIBUTION / LOST_ALT); the rest is MISSING or EXTRA.
 * Decorative images are not required: PDFs turn them into artifacts that no reader can list.
 * Stateless and thread-safe.
 */
public final class OutlineComparison {

    private static final double SIMILAR = 0.5;
    private static final int LABEL_LENGTH = 40;
    private static final Set<String> TEXT_ROLES = Set.of("heading", "quote", "list item");
    private static final List<String> ROLE_ORDER = List.of("heading", "quote", "list item", "image", "table", "link");

    public List<Difference> compare(Outline expected, Outline found) {
        List<Ranked> differences = new ArrayList<>();
        if (!ComparableText.of(expected.title()).equals(ComparableText.of(found.title()))) {
            differences.add(new Ranked(new Difference(Kind.WRONG_TITLE, "title", expected.title(), found.title()), -1, 0));
        }
        if (!expected.lang().strip().equalsIgnoreCase(found.lang().strip())) {
            differences.add(new Ranked(new Difference(Kind.WRONG_LANGUAGE, "language", expected.lang(), found.lang()), -1, 1));
        }
        // Parts are compared without spaces, so a line end is one whether or not a space was drawn before it.
        List<Difference> parts = PartComparison.compare(expected, found.asRead());
        for (int i = 0; i < parts.size(); i++) {
            differences.add(new Ranked(parts.get(i), -1, 2 + i));
        }
        List<Alignment> alignments = List.of(
                align(items("heading", expected.headings(), h -> h.text(), h -> h.text()),
                        items("heading", found.headings(), h -> h.text(), h -> h.text()), differences),
                align(items("quote", expected.quotes(), QuoteEntry::text, QuoteEntry::text),
                        items("quote", found.quotes(), QuoteEntry::text, QuoteEntry::text), differences),
                align(items("list item", expected.items(), i -> i.text(), i -> i.text()),
                        items("list item", found.items(), i -> i.text(), i -> i.text()), differences),
                align(items("image", expected.images().stream().filter(i -> !i.decorative()).toList(), i -> i.alt(), i -> i.alt()),
                        items("image", found.images(), i -> i.decorative() ? null : i.alt(), i -> i.alt()), differences),
                align(items("table", expected.tables(), t -> String.join(" | ", t.headers()), t -> String.join(", ", t.headers())),
                        items("table", found.tables(), t -> String.join(" | ", t.headers()), t -> String.join(", ", t.headers())),
                        differences),
                align(items("link", expected.links(), l -> l.text(), l -> l.text()),
                        items("link", found.links(), l -> l.text(), l -> l.text()), differences));
        explainRoleChanges(alignments, differences);
        alignments.forEach(alignment -> explainGaps(alignment, differences));
        for (Alignment alignment : alignments) {
            alignment.missing.forEach(e -> differences.add(ranked(Kind.MISSING, e, "", "")));
            alignment.extra.stream()
                    .filter(f -> !(f.entry instanceof Outline.ImageEntry image && image.decorative()))
                    .forEach(f -> differences.add(ranked(Kind.EXTRA, f, "", "")));
        }
        return differences.stream().sorted(Ranked.ORDER).map(Ranked::difference).toList();
    }

    /** One outline entry with what the comparison needs: its role, 1-based position and comparable key. */
    private record Item(String role, int position, String key, String shown, Object entry) {

        String label() {
            if (role.equals("table")) {
                return "table " + position + " (" + shown + ")";
            }
            String text = shown.strip();
            if (text.length() > LABEL_LENGTH) {
                int cut = text.lastIndexOf(' ', LABEL_LENGTH);
                text = text.substring(0, cut > LABEL_LENGTH / 2 ? cut : LABEL_LENGTH).strip() + "…";
            }
            return role + " " + position + " \"" + text + "\"";
        }
    }

    /** A difference with where it sits in the outline, so the report lists them in document order. */
    private record Ranked(Difference difference, int role, int position) {
        static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::role).thenComparingInt(Ranked::position);
    }

    /** The unaligned leftovers of one sequence, each with the gap (count of aligned items before it) it sits in. */
    private static final class Alignment {
        final List<Item> missing = new ArrayList<>();
        final List<Integer> missingGaps = new ArrayList<>();
        final List<Item> extra = new ArrayList<>();
        final List<Integer> extraGaps = new ArrayList<>();
    }

    /** Text as a message quotes it: a line end the page shows without a space reads as one. */
    private static String readable(String text) {
        return text == null ? null : text.replace(ReadingWords.UNSPACED_LINE_END, ' ');
    }

    private static <T> List<Item> items(String role, List<T> entries, Function<T, String> text, Function<T, String> shown) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            String raw = text.apply(entry);
            items.add(new Item(role, i + 1, raw == null ? null : ComparableText.of(raw),
                    readable(shown.apply(entry)), entry));
        }
        return items;
    }

    private static Alignment align(List<Item> expected, List<Item> found, List<Ranked> differences) {
        int[][] common = new int[expected.size() + 1][found.size() + 1];
        for (int i = expected.size() - 1; i >= 0; i--) {
            for (int j = found.size() - 1; j >= 0; j--) {
                common[i][j] = sameKey(expected.get(i), found.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        Alignment alignment = new Alignment();
        int i = 0;
        int j = 0;
        int gap = 0;
        while (i < expected.size() || j < found.size()) {
            if (i < expected.size() && j < found.size() && sameKey(expected.get(i), found.get(j))
                    && common[i][j] == common[i + 1][j + 1] + 1) {
                checkAligned(expected.get(i), found.get(j), differences);
                i++;
                j++;
                gap++;
            } else if (j < found.size() && (i == expected.size() || common[i][j + 1] >= common[i + 1][j])) {
                alignment.extra.add(found.get(j++));
                alignment.extraGaps.add(gap);
            } else {
                alignment.missing.add(expected.get(i++));
                alignment.missingGaps.add(gap);
            }
        }
        explainMoves(alignment, differences);
        return alignment;
    }

    private static boolean sameKey(Item expected, Item found) {
        return expected.key != null && found.key != null && ComparableText.readsAs(expected.key, found.key);
    }

    /** The properties an element keeps besides its text. */
    private static void checkAligned(Item expected, Item found, List<Ranked> differences) {
        if (expected.entry instanceof Outline.HeadingEntry e && found.entry instanceof Outline.HeadingEntry f
                && e.level() != f.level()) {
            differences.add(ranked(Kind.WRONG_LEVEL, expected, "level " + e.level(), "level " + f.level()));
        } else if (expected.entry instanceof Outline.ListEntry e && found.entry instanceof Outline.ListEntry f
                && e.depth() != f.depth()) {
            differences.add(ranked(Kind.WRONG_LEVEL, expected, "depth " + e.depth(), "depth " + f.depth()));
        } else if (expected.entry instanceof QuoteEntry e && found.entry instanceof QuoteEntry f) {
            checkAttribution(expected, e.attribution(), f.attribution(), differences);
        } else if (expected.entry instanceof Outline.LinkEntry e && found.entry instanceof Outline.LinkEntry f
                && !e.target().strip().equals(f.target().strip())) {
            differences.add(ranked(Kind.WRONG_TARGET, expected, e.target(), f.target()));
        }
    }

    private static void checkAttribution(Item quote, Optional<String> expected, Optional<String> found,
                                         List<Ranked> differences) {
        Optional<String> want = expected.map(ComparableText::ofAttribution).filter(a -> !a.isEmpty());
        Optional<String> got = found.map(ComparableText::ofAttribution).filter(a -> !a.isEmpty());
        if (want.isPresent() && got.isEmpty()) {
            differences.add(ranked(Kind.LOST_ATTRIBUTION, quote, expected.orElse(""), ""));
        } else if (want.isPresent() != got.isPresent() || want.isPresent() && !ComparableText.readsAs(want.get(), got.get())) {
            differences.add(ranked(Kind.WRONG_ATTRIBUTION, quote, expected.orElse(""), found.orElse("")));
        }
    }

    /** Leftovers whose text is elsewhere in the same sequence were moved, not lost. */
    private static void explainMoves(Alignment alignment, List<Ranked> differences) {
        for (int m = 0; m < alignment.missing.size(); m++) {
            Item expected = alignment.missing.get(m);
            int match = indexOf(alignment.extra, found -> sameKey(expected, found));
            if (match >= 0) {
                Item found = alignment.extra.get(match);
                differences.add(ranked(Kind.WRONG_ORDER, expected, String.valueOf(expected.position), String.valueOf(found.position)));
                checkAligned(expected, found, differences);
                remove(alignment, m--, match);
            }
        }
    }

    /** A heading, quote or list item whose text was found in another of these roles. */
    private static void explainRoleChanges(List<Alignment> alignments, List<Ranked> differences) {
        for (Alignment from : alignments) {
            for (int m = 0; m < from.missing.size(); m++) {
                Item expected = from.missing.get(m);
                if (!TEXT_ROLES.contains(expected.role)) {
                    continue;
                }
                for (Alignment to : alignments) {
                    int match = to == from ? -1 : indexOf(to.extra,
                            found -> TEXT_ROLES.contains(found.role) && sameKey(expected, found));
                    if (match >= 0) {
                        differences.add(ranked(Kind.WRONG_ROLE, expected, "a " + expected.role, "a " + to.extra.get(match).role));
                        from.missing.remove(m);
                        from.missingGaps.remove(m--);
                        to.extra.remove(match);
                        to.extraGaps.remove(match);
                        break;
                    }
                }
            }
        }
    }

    /** Pairs a missing and an extra item in the same gap when one is evidently the other, changed. */
    private static void explainGaps(Alignment alignment, List<Ranked> differences) {
        for (int m = 0; m < alignment.missing.size(); m++) {
            Item expected = alignment.missing.get(m);
            int gap = alignment.missingGaps.get(m);
            for (int x = 0; x < alignment.extra.size(); x++) {
                Item found = alignment.extra.get(x);
                if (alignment.extraGaps.get(x) != gap) {
                    continue;
                }
                Optional<Ranked> change = change(expected, found);
                if (change.isPresent()) {
                    differences.add(change.get());
                    remove(alignment, m--, x);
                    break;
                }
            }
        }
    }

    private static Optional<Ranked> change(Item expected, Item found) {
        if (expected.entry instanceof Outline.ImageEntry e && found.entry instanceof Outline.ImageEntry f
                && (f.decorative() || f.alt().isBlank())) {
            return Optional.of(ranked(Kind.LOST_ALT, expected, e.alt(), f.decorative() ? "now decorative" : "no alt text"));
        }
        if (expected.entry instanceof QuoteEntry e && found.entry instanceof QuoteEntry f && e.attribution().isPresent()
                && f.attribution().isEmpty()
                && found.key.equals(expected.key + " - " + ComparableText.ofAttribution(e.attribution().get()))) {
            return Optional.of(ranked(Kind.LOST_ATTRIBUTION, expected, e.attribution().get(), "run into the quote's text"));
        }
        if (expected.key != null && found.key != null && similarity(expected.key, found.key) >= SIMILAR) {
            return Optional.of(ranked(Kind.WRONG_TEXT, expected, expected.shown, found.shown));
        }
        return Optional.empty();
    }

    /** Dice coefficient of the two texts' word sets (a Han, kana or Hangul character being a word). */
    private static double similarity(String a, String b) {
        Set<String> left = new HashSet<>(ComparableText.words(a));
        Set<String> right = new HashSet<>(ComparableText.words(b));
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return 2.0 * shared.size() / (left.size() + right.size());
    }

    private static int indexOf(List<Item> items, Predicate<Item> test) {
        for (int i = 0; i < items.size(); i++) {
            if (test.test(items.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void remove(Alignment alignment, int missing, int extra) {
        alignment.missing.remove(missing);
        alignment.missingGaps.remove(missing);
        alignment.extra.remove(extra);
        alignment.extraGaps.remove(extra);
    }

    private static Ranked ranked(Kind kind, Item item, String expected, String found) {
        return new Ranked(new Difference(kind, item.label(), expected, found), ROLE_ORDER.indexOf(item.role), item.position);
    }
}
