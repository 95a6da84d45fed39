package org.handout.check.braille;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.handout.braille.BrailleAscii;
import org.handout.braille.BrailleTable;
import org.handout.braille.BrailleTranslator;
import org.handout.braille.BrfLayout;
import org.handout.check.braille.BrailleElement.Kind;
import org.handout.check.braille.BrailleFinding;

/**
 * Reads a BRF back: checks the page rules (line and page length, character set, page numbers),
 * tells its elements apart by their layout alone, and back-translates each one with the table it
 * was written with. Nothing of the source is consulted; {@link BrailleComparison} does that.
 *
 * <p>Where a runover ends and the next element starts is told by two facts of the layout: words
 * are never divided and lines are filled, so a line continues the one before only when its first
 * word would not have fitted there; and a new paragraph or item starts in its own first cell.
 * Stateless and thread-safe.
 */
public final class BrfReader {
    private static final Pattern PAGE_NUMBER = Pattern.compile(" *(#[A-J]+)");
    private static final char BLANK = ' ';
    /** The widest a centered heading's line is, without its margins. */
    private static final int CENTERED_WIDTH = BrfLayout.CELLS_PER_LINE - 2 * BrfLayout.CENTERED_MARGIN;
    private static final String EMPHASIS_PREFIXES = "\u2818\u2828";
    private static final String EMPHASIS_KINDS = "\u2802\u2806\u2836\u2804";
    /**
     * Where a capitals passage (three or more capitalised words, dots 6-6-6) ends: its terminator,
     * dots 6-3, then a blank cell. liblouis 3.10 keeps capitalising past it when back-translating
     * ("THIS IS IMPORTANT now" reads "... NOW"), so the words after it are read on their own.
     */
    private static final Pattern AFTER_CAPITALS_PASSAGE = Pattern.compile("(?<=\u2820\u2804)(?=\u2800)");

    private final BrailleTable table;

    public BrfReader(BrailleTable table) {
        this.table = table;
    }

    public BrfReading read(Path brf) throws IOException {
        return read(new String(Files.readAllBytes(brf), StandardCharsets.ISO_8859_1));
    }

    public BrfReading read(String brf) {
        List<List<String>> pages = pages(brf);
        List<Line> content = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            boolean numbered = !page.isEmpty() && PAGE_NUMBER.matcher(page.get(page.size() - 1)).matches();
            for (int l = 0; l < page.size() - (numbered ? 1 : 0); l++) {
                content.add(new Line(p + 1, l + 1, embossed(page.get(l))));
            }
        }
        List<Draft> drafts = new ArrayList<>();
        List<Alternative> alternatives = new ArrayList<>();
        splitIntoDrafts(content, drafts, alternatives);
        List<UnprovenRunovers> unproven = new ArrayList<>();
        for (Alternative list : alternatives) {
            unproven.add(new UnprovenRunovers(list.from, list.to, classify(list.asItems)));
        }
        return new BrfReading(pages, classify(drafts), unproven, layout(pages));
    }

    /** The page rules a BRF's pages break, which hold whatever its words and whatever its table. */
    static List<BrailleFinding> layout(List<List<String>> pages) {
        List<BrailleFinding> layout = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            checkPage(p + 1, pages.get(p), layout);
        }
        return layout;
    }

    /** Pages split at form feeds, lines at CR LF (or a bare LF); a form feed ending the file opens no page. */
    static List<List<String>> pages(String brf) {
        List<List<String>> pages = new ArrayList<>();
        String[] split = brf.split(String.valueOf(BrfLayout.FORM_FEED), -1);
        for (int i = 0; i < split.length; i++) {
            if (i == split.length - 1 && split[i].isEmpty() && i > 0) {
                break;
            }
            List<String> lines = new ArrayList<>(Arrays.asList(split[i].split("\r?\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            pages.add(lines);
        }
        return pages;
    }

    private static void checkPage(int number, List<String> page, List<BrailleFinding> layout) {
        String where = "page " + number;
        if (page.size() > BrfLayout.LINES_PER_PAGE) {
            layout.add(new BrailleFinding(BrailleFinding.Kind.PAGE_TOO_LONG, where,
                    String.valueOf(BrfLayout.LINES_PER_PAGE), String.valueOf(page.size())));
        }
        for (int l = 0; l < page.size(); l++) {
            String line = page.get(l);
            String at = where + " line " + (l + 1);
            if (line.length() > BrfLayout.CELLS_PER_LINE) {
                layout.add(new BrailleFinding(BrailleFinding.Kind.LINE_TOO_LONG, at,
                        String.valueOf(BrfLayout.CELLS_PER_LINE), String.valueOf(line.length())));
            }
            for (int c = 0; c < line.length(); c++) {
                if (!BrailleAscii.inCharset(line.charAt(c))) {
                    layout.add(new BrailleFinding(BrailleFinding.Kind.OUTSIDE_CHARSET, at + " cell " + (c + 1), "",
                            String.format("U+%04X", (int) line.charAt(c))));
                    break;
                }
            }
        }
        String expected = BrfLayout.pageNumber(number);
        String last = page.isEmpty() ? "" : page.get(page.size() - 1);
        java.util.regex.Matcher numbered = PAGE_NUMBER.matcher(last);
        if (!numbered.matches() || !numbered.group(1).equals(expected)) {
            layout.add(new BrailleFinding(BrailleFinding.Kind.PAGE_NUMBER, where, expected,
                    numbered.matches() ? numbered.group(1) : ""));
        }
    }

    /** A line as an embosser reads it: lower-case stand-ins as their cells, anything else unreadable as a blank. */
    private static String embossed(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            char read = BrfReading.asEmbossed(c);
            out.append(BrailleAscii.inCharset(read) ? read : BLANK);
        }
        return out.toString();
    }

    /**
     * Splits the lines into groups at blank and box lines, then each group into drafts of elements;
     * a list whose runovers may as well be items gets its every line as a draft of its own too.
     */
    private static void splitIntoDrafts(List<Line> lines, List<Draft> drafts, List<Alternative> alternatives) {
        List<Line> group = new ArrayList<>();
        int groups = 0;
        for (Line line : lines) {
            if (line.text.isBlank() || isBoxLine(line.text)) {
                split(group, groups++, drafts, alternatives);
                group.clear();
            } else {
                group.add(line);
            }
        }
        split(group, groups, drafts, alternatives);
    }

    private static void split(List<Line> group, int number, List<Draft> drafts, List<Alternative> alternatives) {
        if (group.isEmpty()) {
            return;
        }
        boolean title = drafts.isEmpty() && number == 0 && group.get(0).page == 1;
        boolean list = !title && isList(group);
        int from = drafts.size();
        int runoverIndent = list ? listRunoverIndent(group) : -1;
        drafts.addAll(split(group, number, title, list, runoverIndent));
        if (list && drafts.size() - from < group.size()) {
            alternatives.add(new Alternative(from, drafts.size(), split(group, number, false, true, runoverIndent + 2)));
        }
    }

    /** The drafts of one group's elements, {@code runoverIndent} the cell a list's runovers start in (-1 outside a list). */
    private static List<Draft> split(List<Line> group, int number, boolean title, boolean list, int runoverIndent) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (Line line : group) {
            if (current != null && continues(current, line, title, runoverIndent)) {
                current.lines.add(line);
            } else {
                boolean pageTop = current != null && line.page != current.lastLine().page;
                current = new Draft(number, list, current == null || pageTop, title);
                current.lines.add(line);
                drafts.add(current);
            }
        }
        return drafts;
    }

    /**
     * Only a list or table starts in cell 1 after a blank line: a paragraph starts in cell 3, and the
     * blank line setting off a list or table stays at a page's top, so no group runs on into one. A
     * group opening in cell 1 that goes on as 3-1 prose (a line in cell 3 that is no runover, then one
     * in cell 1 whose first word did not fit there) is misplaced prose rather than a list, unless it
     * shows a list's marks: a later line in cell 1 that is no runover (its first word would have fitted
     * on the line before), or a runover right of cell 3, where a nested list's runovers go.
     */
    private static boolean isList(List<Line> group) {
        if (indent(group.get(0).text) != 0) {
            return false;
        }
        boolean threeOne = false;
        for (int i = 1; i < group.size(); i++) {
            String previous = group.get(i - 1).text;
            String line = group.get(i).text;
            boolean fitted = fits(previous, line, BrfLayout.CELLS_PER_LINE);
            if (fitted ? indent(line) == 0 : indent(line) >= 4) {
                return true;
            }
            boolean previousStarts = i < 2 || fits(group.get(i - 2).text, previous, BrfLayout.CELLS_PER_LINE);
            threeOne |= indent(previous) == 2 && indent(line) == 0 && !fitted && previousStarts;
        }
        return !threeOne;
    }

    /**
     * Where a list's runovers start: two cells right of its deepest item. A line that must start an
     * item (its first word would have fitted on the line before) is left of them, and the deepest line
     * right of all those is a runover; so a list with nesting but no runover shows its nested items as
     * items wherever one follows a line it would have fitted on.
     */
    private static int listRunoverIndent(List<Line> group) {
        int deepestItem = 0;
        int deepest = 0;
        for (int i = 0; i < group.size(); i++) {
            String text = group.get(i).text;
            deepest = Math.max(deepest, indent(text));
            if (i > 0 && fits(group.get(i - 1).text, text, BrfLayout.CELLS_PER_LINE)) {
                deepestItem = Math.max(deepestItem, indent(text));
            }
        }
        return deepest > deepestItem ? deepest : deepestItem + 2;
    }

    /** Whether the first word of {@code line} would have fitted on {@code previous}: if so, it starts something new. */
    private static boolean fits(String previous, String line, int width) {
        return previous.length() + 1 + line.strip().split(" ", 2)[0].length() <= width;
    }

    private static boolean isBoxLine(String text) {
        return text.length() == BrfLayout.CELLS_PER_LINE
                && text.chars().allMatch(c -> c == BrailleAscii.toAscii(BrfLayout.BOX_CELL));
    }

    /**
     * Whether {@code line} is a runover of {@code draft}: its first word could not have ended the
     * line before, and it starts where that element's runovers go: the cell of its earlier runovers;
     * in a list, the cell right of every item's start; a centered title's lines are all centered.
     */
    private static boolean continues(Draft draft, Line line, boolean title, int listRunoverIndent) {
        String previous = draft.lastLine().text;
        if (title ? fits(previous.strip(), line.text, CENTERED_WIDTH)
                : fits(previous.stripTrailing(), line.text, BrfLayout.CELLS_PER_LINE)) {
            return false;
        }
        int indent = indent(line.text);
        if (title) {
            return true;
        }
        if (draft.lines.size() > 1) {
            return indent == indent(draft.lines.get(1).text);
        }
        int start = draft.startIndent();
        if (listRunoverIndent >= 0) {
            return indent == listRunoverIndent && indent > start;
        }
        return start == 2 ? indent == 0
                : start == 6 && draft.cells().startsWith(BrfLayout.NOTE_OPEN) ? indent == 4 : indent == start;
    }

    private List<BrailleElement> classify(List<Draft> drafts) {
        List<BrailleElement> elements = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            Draft first = firstOfGroup(drafts, i);
            String cells = draft.cells();
            int indent = draft.startIndent();
            Kind kind;
            int level = 0;
            int cell = indent + 1;
            if (i == 0 && draft.group == 0 && draft.lines.get(0).page == 1 && indent >= 3) {
                kind = Kind.HEADING;
                level = 1;
                cell = BrailleElement.CENTERED;
            } else if (cells.startsWith(BrfLayout.NOTE_OPEN)) {
                kind = Kind.IMAGE;
            } else if (draft.inList && indent % 2 == 0 || indent == 0) {
                kind = Kind.LIST_ITEM;
                level = indent / 2 + 1;
            } else if (indent == 4 && first == draft) {
                kind = Kind.HEADING;
                level = 2;
            } else if (indent == 4) {
                kind = Kind.ATTRIBUTION;
                markQuoted(elements, drafts, i);
            } else if (indent == 6) {
                kind = Kind.HEADING;
                level = 3;
            } else {
                kind = Kind.PARAGRAPH;
            }
            Line start = draft.lines.get(0);
            int runover = draft.lines.size() > 1 ? indent(draft.lines.get(1).text) + 1 : 0;
            elements.add(new BrailleElement(kind, level, cell, cell == BrailleElement.CENTERED ? 0 : runover,
                    draft.setOff, start.page, start.line, print(cells)));
        }
        return elements;
    }

    /** The paragraphs of an attribution's group are the quotation it attributes. */
    private static void markQuoted(List<BrailleElement> elements, List<Draft> drafts, int attribution) {
        int group = drafts.get(attribution).group;
        for (int j = attribution - 1; j >= 0 && drafts.get(j).group == group; j--) {
            BrailleElement e = elements.get(j);
            if (e.kind() == Kind.PARAGRAPH) {
                elements.set(j, new BrailleElement(Kind.QUOTE, 0, e.cell(), e.runoverCell(), e.setOff(), e.page(), e.line(), e.text()));
            }
        }
    }

    private static Draft firstOfGroup(List<Draft> drafts, int index) {
        int i = index;
        while (i > 0 && drafts.get(i - 1).group == drafts.get(index).group) {
            i--;
        }
        return drafts.get(i);
    }

    /**
     * Print for an element's cells. Emphasis and transcriber's-note indicators are taken off first:
     * they carry no words, and liblouis does not back-translate them. A table without emphasis
     * writes none, and there those cells are something else (dots 46 is Spanish braille's capital sign).
     */
    private String print(String cells) {
        BrailleTranslator translator = BrailleTranslator.of(table);
        String plain = cells.replace(BrfLayout.NOTE_OPEN, "").replace(BrfLayout.NOTE_CLOSE, "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (translator.writesEmphasis() && EMPHASIS_PREFIXES.indexOf(c) >= 0 && i + 1 < plain.length()
                    && EMPHASIS_KINDS.indexOf(plain.charAt(i + 1)) >= 0) {
                i++;
            } else {
                out.append(c);
            }
        }
        StringBuilder print = new StringBuilder();
        for (String part : AFTER_CAPITALS_PASSAGE.split(out)) {
            print.append(translator.backTranslate(part));
        }
        return print.toString().strip();
    }

    private static int indent(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == BLANK) {
            i++;
        }
        return i;
    }

    private record Line(int page, int line, String text) {
    }

    /** Drafts {@code from}..{@code to} of a list read with runovers, and the same lines each an item. */
    private record Alternative(int from, int to, List<Draft> asItems) {
    }

    /** The lines of one element while they are being collected. */
    private static final class Draft {
        final int group;
        final boolean inList;
        final boolean setOff;
        final boolean centered;
        final List<Line> lines = new ArrayList<>();

        Draft(int group, boolean inList, boolean setOff, boolean centered) {
            this.group = group;
            this.inList = inList;
            this.setOff = setOff;
            this.centered = centered;
        }

        Line lastLine() {
            return lines.get(lines.size() - 1);
        }

        int startIndent() {
            return indent(lines.get(0).text);
        }

        /**
         * The element's cells: its lines joined by a blank cell, or run together after a continuation
         * indicator ending a full line (a centered line is full at its width between the margins).
         */
        String cells() {
            char continuation = BrailleAscii.toAscii(BrfLayout.CONTINUATION);
            StringBuilder ascii = new StringBuilder();
            boolean divided = false;
            for (Line line : lines) {
                if (ascii.length() > 0 && !divided) {
                    ascii.append(BLANK);
                }
                String text = line.text.strip();
                boolean full = centered ? text.length() == CENTERED_WIDTH : line.text.length() == BrfLayout.CELLS_PER_LINE;
                divided = full && text.charAt(text.length() - 1) == continuation;
                ascii.append(divided ? text.substring(0, text.length() - 1) : text);
            }
            return BrailleAscii.toCells(ascii);
        }
    }
}
