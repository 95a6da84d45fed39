package org.handout.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handout.check.ReadingWords.Word;

/**
 * Compares a format's text with the source's and names every difference with its place and a few of its words.
 * First the blocks are aligned (a longest common subsequence of whole blocks, which is all there is to do when
 * nothing was lost); a block found whole but elsewhere is out of order; then, between aligned blocks only, the
 * words are aligned the same way, so a file that splits or joins blocks differently (a DOCX list item's two
 * paragraphs in one) still reads as the same words. Words are compared as {@link ReadingWords} normalises them.
 */
public final class TextComparison {
    /** Beyond this many word pairs in one stretch, the stretch is reported as replaced rather than aligned. */
    private static final long MAX_ALIGNED_PAIRS = 4_000_000L;
    private static final int EXCERPT_WORDS = 4;
    private static final int CONTEXT_WORDS = 3;
    private static final Pattern NUMBERED_PLACE = Pattern.compile("(.*?)([a-z-]+) (\\d+)");

    private final List<TextBlock> expected;
    private final FoundText found;
    private final List<List<Word>> expectedWords;
    private final List<List<Word>> foundWords;
    private final int[] foundToExpected;
    private final List<TextDifference> differences = new ArrayList<>();
    /** Source blocks some of whose words are missing, changed, out of order or not drawn. */
    private final BitSet damaged = new BitSet();

    private TextComparison(List<TextBlock> expected, FoundText found) {
        this.expected = expected;
        this.found = found;
        this.expectedWords = expected.stream().map(ReadingWords::of).toList();
        Set<String> expectedKeys = new HashSet<>();
        expectedWords.forEach(words -> words.forEach(word -> expectedKeys.add(word.key())));
        this.foundWords = found.blocks().stream().map(block -> joinedAcrossLineEnds(ReadingWords.of(block), expectedKeys)).toList();
        this.foundToExpected = new int[found.blocks().size()];
        Arrays.fill(foundToExpected, -1);
    }

    /**
     * A found block's words with those a PDF line end broke apart joined again where the source has them as one
     * word: print breaks a run of letters too long for its line, and a page cannot tell that break from a forced
     * line break between two words. The longest run of parts that makes a source word is joined.
     */
    private static List<Word> joinedAcrossLineEnds(List<Word> words, Set<String> expectedKeys) {
        List<Word> joined = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int end = i;
            StringBuilder key = new StringBuilder(words.get(i).key());
            for (int j = i + 1; j < words.size() && ReadingWords.acrossUnspacedLineEnd(words.get(j - 1), words.get(j)); j++) {
                key.append(words.get(j).key());
                if (expectedKeys.contains(key.toString())) {
                    end = j;
                }
            }
            List<Word> parts = words.subList(i, end + 1);
            joined.add(parts.size() == 1 ? parts.get(0) : new Word(parts.stream().map(Word::key).collect(Collectors.joining()),
                    parts.stream().map(Word::shown).collect(Collectors.joining()), parts.get(0).spaced()));
            i = end + 1;
        }
        return joined;
    }

    /**
     * What the comparison found: every difference, and how many of the source's blocks arrived whole, in place
     * and (in a PDF) drawn.
     */
    public record Result(List<TextDifference> differences, int blocks, int intactBlocks) {
        public Result {
            differences = List.copyOf(differences);
        }
    }

    /** Every difference, in the source's reading order, then what a PDF tags but does not draw or the reverse. */
    public static List<TextDifference> compare(List<TextBlock> expected, FoundText found) {
        return check(expected, found).differences();
    }

    /** The differences and the count of source blocks that arrived intact. */
    public static Result check(List<TextBlock> expected, FoundText found) {
        TextComparison comparison = new TextComparison(expected, found);
        comparison.run();
        return new Result(comparison.differences, expected.size(), expected.size() - comparison.damaged.cardinality());
    }

    private void run() {
        int[] expectedBlocks = nonEmpty(expectedWords);
        int[] foundBlocks = nonEmpty(foundWords);
        List<int[]> anchors = alignBlocks(expectedBlocks, foundBlocks);
        boolean[] expectedPlaced = new boolean[expected.size()];
        boolean[] foundPlaced = new boolean[foundWords.size()];
        for (int[] anchor : anchors) {
            expectedPlaced[anchor[0]] = true;
            foundPlaced[anchor[1]] = true;
            foundToExpected[anchor[1]] = anchor[0];
        }
        List<int[]> moves = moves(expectedBlocks, foundBlocks, expectedPlaced, foundPlaced);
        int previousExpected = -1;
        int previousFound = -1;
        for (int a = 0; a <= anchors.size(); a++) {
            int nextExpected = a < anchors.size() ? anchors.get(a)[0] : expected.size();
            int nextFound = a < anchors.size() ? anchors.get(a)[1] : foundWords.size();
            compareWords(between(expectedWords, previousExpected, nextExpected, expectedPlaced),
                    between(foundWords, previousFound, nextFound, foundPlaced), previousExpected);
            previousExpected = nextExpected;
            previousFound = nextFound;
        }
        moves.forEach(move -> reportMove(move, anchors));
        reportPages();
    }

    private static int[] nonEmpty(List<List<Word>> blocks) {
        return java.util.stream.IntStream.range(0, blocks.size()).filter(i -> !blocks.get(i).isEmpty()).toArray();
    }

    private static String key(List<Word> words) {
        StringBuilder key = new StringBuilder();
        words.forEach(word -> key.append(word.key()).append('\u0000'));
        return key.toString();
    }

    /** Pairs of (expected, found) block indices with equal words, a longest common subsequence of both. */
    private List<int[]> alignBlocks(int[] expectedBlocks, int[] foundBlocks) {
        String[] a = Arrays.stream(expectedBlocks).mapToObj(i -> key(expectedWords.get(i))).toArray(String[]::new);
        String[] b = Arrays.stream(foundBlocks).mapToObj(j -> key(foundWords.get(j))).toArray(String[]::new);
        List<int[]> pairs = new ArrayList<>();
        for (int[] pair : Alignment.of(a, b)) {
            pairs.add(new int[] {expectedBlocks[pair[0]], foundBlocks[pair[1]]});
        }
        return pairs;
    }

    /** Blocks left over on both sides with the same words: carried whole, but out of order. */
    private List<int[]> moves(int[] expectedBlocks, int[] foundBlocks, boolean[] expectedPlaced, boolean[] foundPlaced) {
        Map<String, Deque<Integer>> unplacedFound = new HashMap<>();
        for (int j : foundBlocks) {
            if (!foundPlaced[j]) {
                unplacedFound.computeIfAbsent(key(foundWords.get(j)), k -> new ArrayDeque<>()).add(j);
            }
        }
        List<int[]> moves = new ArrayList<>();
        for (int i : expectedBlocks) {
            Deque<Integer> same = expectedPlaced[i] ? null : unplacedFound.get(key(expectedWords.get(i)));
            if (same != null && !same.isEmpty()) {
                int j = same.poll();
                expectedPlaced[i] = true;
                foundPlaced[j] = true;
                foundToExpected[j] = i;
                moves.add(new int[] {i, j});
            }
        }
        return moves;
    }

    /** A word of a block: which block, and where in it. */
    private record Placed(Word word, int block, int index) {
    }

    private static List<Placed> between(List<List<Word>> blocks, int after, int before, boolean[] placed) {
        List<Placed> words = new ArrayList<>();
        for (int b = after + 1; b < before; b++) {
            if (!placed[b]) {
                List<Word> block = blocks.get(b);
                for (int w = 0; w < block.size(); w++) {
                    words.add(new Placed(block.get(w), b, w));
                }
            }
        }
        return words;
    }

    /** Aligns the words of one stretch between aligned blocks and reports each run of words that differ. */
    private void compareWords(List<Placed> want, List<Placed> got, int blockBefore) {
        if (want.isEmpty() && got.isEmpty()) {
            return;
        }
        String[] a = want.stream().map(p -> p.word().key()).toArray(String[]::new);
        String[] b = got.stream().map(p -> p.word().key()).toArray(String[]::new);
        List<int[]> same = (long) a.length * b.length > MAX_ALIGNED_PAIRS ? List.of() : Alignment.of(a, b);
        int i = 0;
        int j = 0;
        int lastExpectedBlock = blockBefore;
        for (int s = 0; s <= same.size(); s++) {
            int nextI = s < same.size() ? same.get(s)[0] : a.length;
            int nextJ = s < same.size() ? same.get(s)[1] : b.length;
            if (nextI > i || nextJ > j) {
                report(want.subList(i, nextI), got.subList(j, nextJ), lastExpectedBlock);
            }
            if (s < same.size()) {
                lastExpectedBlock = want.get(nextI).block();
                if (foundToExpected[got.get(nextJ).block()] < 0) {
                    foundToExpected[got.get(nextJ).block()] = lastExpectedBlock;
                }
            }
            i = nextI + 1;
            j = nextJ + 1;
        }
    }

    /** One run of differing words: some of the source's missing, some found instead, or both. */
    private void report(List<Placed> missing, List<Placed> extra, int blockBefore) {
        if (!missing.isEmpty() && !extra.isEmpty() && oneBlock(missing) && oneBlock(extra)
                && !(whole(missing, expectedWords) && whole(extra, foundWords))) {
            int block = missing.get(0).block();
            damaged.set(block);
            differences.add(new TextDifference(TextDifference.Kind.CHANGED, expected.get(block).place(),
                    expected.get(block).place() + ": \"" + shown(missing) + "\" reads \"" + shown(extra) + "\""));
            return;
        }
        for (List<Placed> part : byBlock(missing)) {
            reportMissing(part);
        }
        int before = missing.isEmpty() ? blockBefore : missing.get(missing.size() - 1).block();
        for (List<Placed> part : byBlock(extra)) {
            reportExtra(part, before);
        }
    }

    private void reportMissing(List<Placed> words) {
        int block = words.get(0).block();
        damaged.set(block);
        TextBlock source = expected.get(block);
        String message;
        if (words.size() == expectedWords.get(block).size()) {
            message = source.kind() == TextBlock.Kind.TABLE_CELL
                    ? source.place() + ": \"" + excerpt(words) + "\" is missing"
                    : source.place() + " \"" + excerpt(words) + "\" is missing";
        } else {
            message = source.place() + ": \"" + shown(words) + "\" is missing" + context(words);
        }
        differences.add(new TextDifference(TextDifference.Kind.MISSING, source.place(), message));
    }

    private void reportExtra(List<Placed> words, int expectedBefore) {
        String after = expectedBefore < 0 ? "at the start" : "after " + expected.get(expectedBefore).place();
        String place = expectedBefore < 0 ? "start" : expected.get(expectedBefore).place();
        differences.add(new TextDifference(TextDifference.Kind.EXTRA, place,
                "\"" + excerpt(words) + "\" is not in the source (" + after + ")"));
    }

    /** A few words of the block before (or, at its start, after) the missing ones. */
    private String context(List<Placed> words) {
        List<Word> block = expectedWords.get(words.get(0).block());
        int first = words.get(0).index();
        int last = words.get(words.size() - 1).index();
        if (first > 0) {
            return " after \"" + ReadingWords.shown(block.subList(Math.max(0, first - CONTEXT_WORDS), first)) + "\"";
        }
        return " before \"" + ReadingWords.shown(block.subList(last + 1, Math.min(block.size(), last + 1 + CONTEXT_WORDS)))
                + "\"";
    }

    private static boolean oneBlock(List<Placed> words) {
        return words.get(0).block() == words.get(words.size() - 1).block();
    }

    private static boolean whole(List<Placed> words, List<List<Word>> blocks) {
        return words.size() == blocks.get(words.get(0).block()).size();
    }

    private static List<List<Placed>> byBlock(List<Placed> words) {
        List<List<Placed>> parts = new ArrayList<>();
        int start = 0;
        for (int w = 1; w <= words.size(); w++) {
            if (w == words.size() || words.get(w).block() != words.get(start).block()) {
                parts.add(words.subList(start, w));
                start = w;
            }
        }
        return parts;
    }

    /** A block found whole out of order: named with its neighbour when two blocks changed places. */
    private void reportMove(int[] move, List<int[]> anchors) {
        int i = move[0];
        int previousFound = -1;
        int nextFound = -1;
        for (int[] anchor : anchors) {
            if (anchor[1] < move[1]) {
                previousFound = anchor[0];
            } else if (nextFound < 0) {
                nextFound = anchor[0];
            }
        }
        damaged.set(i);
        TextBlock block = expected.get(i);
        String message;
        if (previousFound >= 0 && previousFound == nextContent(i)) {
            message = pair(block.place(), expected.get(previousFound).place()) + " are in the wrong order";
        } else if (nextFound >= 0 && nextFound == previousContent(i)) {
            message = pair(expected.get(nextFound).place(), block.place()) + " are in the wrong order";
        } else {
            message = block.place() + " \"" + excerpt(words(expectedWords.get(i), i)) + "\" is out of order ("
                    + (previousFound < 0 ? "found first" : "found after " + expected.get(previousFound).place()) + ")";
        }
        differences.add(new TextDifference(TextDifference.Kind.WRONG_ORDER, block.place(), message));
    }

    /** The nearest block after {@code i} that is not a link target, which follows its paragraph wherever it goes. */
    private int nextContent(int i) {
        for (int n = i + 1; n < expected.size(); n++) {
            if (expected.get(n).kind() != TextBlock.Kind.LINK_TARGET && !expectedWords.get(n).isEmpty()) {
                return n;
            }
        }
        return -1;
    }

    private int previousContent(int i) {
        for (int n = i - 1; n >= 0; n--) {
            if (expected.get(n).kind() != TextBlock.Kind.LINK_TARGET && !expectedWords.get(n).isEmpty()) {
                return n;
            }
        }
        return -1;
    }

    /** "paragraphs 4 and 5" for two places of one kind in one container, else both places in full. */
    private static String pair(String first, String second) {
        Matcher a = NUMBERED_PLACE.matcher(first);
        Matcher b = NUMBERED_PLACE.matcher(second);
        if (a.matches() && b.matches() && a.group(1).equals(b.group(1)) && a.group(2).equals(b.group(2))) {
            return a.group(1) + a.group(2) + "s " + a.group(3) + " and " + b.group(3);
        }
        return first + " and " + second;
    }

    private void reportPages() {
        for (FoundText.NotDrawn notDrawn : found.notDrawn()) {
            int block = foundToExpected[notDrawn.block()];
            if (block >= 0) {
                damaged.set(block);
            }
            String place = block >= 0 ? expected.get(block).place() : found.blocks().get(notDrawn.block()).place();
            List<Word> words = ReadingWords.of(notDrawn.text());
            differences.add(new TextDifference(TextDifference.Kind.NOT_DRAWN, place,
                    place + ": \"" + excerpt(words(words, -1)) + "\" is tagged but not drawn"));
        }
        for (FoundText.Untagged untagged : found.untagged()) {
            String place = "page " + untagged.page();
            differences.add(new TextDifference(TextDifference.Kind.UNTAGGED, place,
                    place + ": \"" + excerpt(words(ReadingWords.of(untagged.text()), -1))
                            + "\" is drawn but neither tagged nor an artifact"));
        }
    }

    private static List<Placed> words(List<Word> words, int block) {
        List<Placed> placed = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            placed.add(new Placed(words.get(w), block, w));
        }
        return placed;
    }

    private static String shown(List<Placed> words) {
        return ReadingWords.shown(words.stream().map(Placed::word).toList());
    }

    /** The first few words, with "…" when there are more. */
    private static String excerpt(List<Placed> words) {
        int taken = 0;
        int end = 0;
        while (end < words.size() && taken < EXCERPT_WORDS) {
            if (Character.isLetterOrDigit(words.get(end).word().key().codePointAt(0))) {
                taken++;
            }
            end++;
        }
        while (end < words.size() && !words.get(end).word().spaced()
                && !Character.isLetterOrDigit(words.get(end).word().key().codePointAt(0))) {
            end++;
        }
        return shown(words.subList(0, end)) + (end < words.size() ? "…" : "");
    }
}
