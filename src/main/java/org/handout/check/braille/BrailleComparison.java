package org.handout.check.braille;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.handout.braille.BrailleTable;
import org.handout.model.NoteKind;
import org.handout.check.braille.BrailleCheck.AcceptedWord;
import org.handout.check.Difference;
import org.handout.check.Difference.Kind;
import org.handout.model.Handout;

/**
 * Holds a read BRF to its source: every heading, paragraph, list item, quote and attribution in
 * order, in the cell its format puts it, with its words. Uncontracted braille must read back word
 * for word; contracted braille may differ only in words a documented ambiguity explains.
 *
 * <p>Elements are aligned on their words with a longest common subsequence, so one lost paragraph
 * is one finding, not a shift of every later one; an unaligned pair in the same gap whose words
 * mostly agree is one element with other words. Stateless and thread-safe.
 */
public final class BrailleComparison {
    private static final double SIMILAR = 0.5;

    private final ContractionAmbiguities ambiguities;
    private final SharedCells sharedCells = SharedCells.bundled();

    public BrailleComparison(ContractionAmbiguities ambiguities) {
        this.ambiguities = ambiguities;
    }

    public BrailleComparison() {
        this(ContractionAmbiguities.bundled());
    }

    /** @param callOutLabels the label the BRF prints before a call-out's text, in the handout's language */
    public BrailleCheck compare(Handout handout, BrailleTable table, Function<NoteKind, String> callOutLabels,
                                BrfReading reading) {
        List<BrailleElement> expected = ExpectedBraille.of(handout, table, callOutLabels);
        // Folded once per element: the alignment below compares every expected element with every found one.
        List<List<String>> expectedWords = expected.stream().map(e -> words(table, e)).toList();
        List<UnprovenRunovers> readAsItems = new ArrayList<>();
        List<BrailleElement> found = found(table, reading, expectedWords, readAsItems);
        List<List<String>> foundWords = found.stream().map(e -> words(table, e)).toList();
        List<Difference> differences = new ArrayList<>();
        Map<String, AcceptedWord> accepted = new LinkedHashMap<>();
        Set<SharedCell> shared = new LinkedHashSet<>();
        int[][] common = new int[expected.size() + 1][found.size() + 1];
        for (int i = expected.size() - 1; i >= 0; i--) {
            for (int j = found.size() - 1; j >= 0; j--) {
                common[i][j] = reads(table, expectedWords.get(i), foundWords.get(j), null)
                        ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<BrailleElement> missing = new ArrayList<>();
        List<BrailleElement> extra = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < expected.size() || j < found.size()) {
            if (i < expected.size() && j < found.size() && reads(table, expectedWords.get(i), foundWords.get(j), null)
                    && common[i][j] == common[i + 1][j + 1] + 1) {
                reads(table, expectedWords.get(i), foundWords.get(j), accepted);
                shared.addAll(sharedCells.in(table.file(), expected.get(i).text()));
                checkPlace(expected.get(i), found.get(j), differences);
                i++;
                j++;
            } else {
                if (j < found.size() && (i == expected.size() || common[i][j + 1] >= common[i + 1][j])) {
                    extra.add(found.get(j++));
                } else {
                    missing.add(expected.get(i++));
                }
                continue;
            }
            explainGap(missing, extra, differences);
        }
        explainGap(missing, extra, differences);
        return new BrailleCheck(table, expected.size(), reading.layout(), differences, List.copyOf(accepted.values()),
                List.copyOf(shared), readAsItems);
    }

    /**
     * The elements read, each list whose runovers the layout leaves open read the way more of its
     * elements are the source's: with runovers, or with every line an item (added to {@code readAsItems}).
     * The layout allows both; the source only chooses between them, as it does for contracted words.
     */
    private List<BrailleElement> found(BrailleTable table, BrfReading reading, List<List<String>> expectedWords,
                                       List<UnprovenRunovers> readAsItems) {
        List<BrailleElement> found = new ArrayList<>();
        int next = 0;
        for (UnprovenRunovers list : reading.unproven()) {
            List<BrailleElement> withRunovers = reading.elements().subList(list.from(), list.to());
            found.addAll(reading.elements().subList(next, list.from()));
            if (inSource(table, list.asItems(), expectedWords) > inSource(table, withRunovers, expectedWords)) {
                found.addAll(list.asItems());
                readAsItems.add(list);
            } else {
                found.addAll(withRunovers);
            }
            next = list.to();
        }
        found.addAll(reading.elements().subList(next, reading.elements().size()));
        return found;
    }

    /** How many of the elements read as one of the source's. */
    private long inSource(BrailleTable table, List<BrailleElement> elements, List<List<String>> expectedWords) {
        return elements.stream().map(e -> words(table, e))
                .filter(words -> expectedWords.stream().anyMatch(want -> reads(table, want, words, null))).count();
    }

    /**
     * An element's words, once the characters the code writes alike are folded.
     */
    private List<String> words(BrailleTable table, BrailleElement element) {
        return PrintWords.of(sharedCells.folded(table.file(), element.text()));
    }

    /**
     * Whether the words found ({@code got}) are those expected ({@code want}): the same in grade 1; in grade 2, each
     * differing word explained by a known ambiguity, which is recorded in {@code accepted} when given.
     */
    private boolean reads(BrailleTable table, List<String> want, List<String> got, Map<String, AcceptedWord> accepted) {
        if (want.size() != got.size()) {
            return false;
        }
        for (int w = 0; w < want.size(); w++) {
            if (want.get(w).equals(got.get(w))) {
                continue;
            }
            List<ContractionAmbiguity> why = table.contracted()
                    ? ambiguities.explaining(table.file(), want.get(w), got.get(w)) : List.of();
            if (why.isEmpty()) {
                return false;
            }
            if (accepted != null) {
                why.forEach(each -> accepted.putIfAbsent(each.written(), new AcceptedWord(each.written(), each.reads(), each)));
            }
        }
        return true;
    }

    /** Cells and blank lines: the layout of an element whose words are right. */
    private static void checkPlace(BrailleElement expected, BrailleElement found, List<Difference> differences) {
        if (expected.cell() != found.cell()) {
            differences.add(new Difference(Kind.WRONG_POSITION, expected.label() + at(found),
                    BrailleElement.describeCell(expected.cell()), BrailleElement.describeCell(found.cell())));
        } else if (found.runoverCell() != 0 && expected.runoverCell() != 0 && found.runoverCell() != expected.runoverCell()) {
            differences.add(new Difference(Kind.WRONG_POSITION, "runovers of " + expected.label() + at(found),
                    "cell " + expected.runoverCell(), "cell " + found.runoverCell()));
        } else if (expected.setOff() && !found.setOff()) {
            differences.add(new Difference(Kind.NOT_SET_OFF, expected.label() + at(found), "blank line", ""));
        }
    }

    /** Pairs what is missing and extra between two aligned elements when one is evidently the other with other words. */
    private static void explainGap(List<BrailleElement> missing, List<BrailleElement> extra, List<Difference> differences) {
        for (BrailleElement want : missing) {
            BrailleElement match = null;
            for (BrailleElement got : extra) {
                if (similarity(PrintWords.of(want.text()), PrintWords.of(got.text())) >= SIMILAR) {
                    match = got;
                    break;
                }
            }
            if (match == null) {
                differences.add(new Difference(Kind.MISSING, want.label(), want.text(), ""));
            } else {
                extra.remove(match);
                differences.add(new Difference(Kind.WRONG_TEXT, want.label() + at(match), want.text(), match.text()));
            }
        }
        extra.forEach(got -> differences.add(new Difference(Kind.EXTRA, got.label() + at(got), "", got.text())));
        missing.clear();
        extra.clear();
    }

    /** Dice coefficient of two word lists' sets. */
    private static double similarity(List<String> a, List<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(new HashSet<>(b));
        return a.isEmpty() && b.isEmpty() ? 1 : 2.0 * shared.size() / (new HashSet<>(a).size() + new HashSet<>(b).size());
    }

    private static String at(BrailleElement found) {
        return " (page " + found.page() + " line " + found.line() + ")";
    }
}
