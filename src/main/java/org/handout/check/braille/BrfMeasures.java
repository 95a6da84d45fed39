package org.handout.check.braille;

import java.util.List;
import java.util.stream.Collectors;
import org.handout.braille.BrfLayout;
import org.handout.check.Measure;
import org.handout.check.MeasureRule;
import org.handout.check.braille.BrailleFinding.Kind;

/**
 * The page rules of a BRF as measures: they hold whatever its words say, so they are taken on the
 * file alone. A rule broken names each place it is broken.
 */
public final class BrfMeasures {
    public static final MeasureRule<BrfReadBack> LINE_LENGTH = brf -> measure(brf, Kind.LINE_TOO_LONG, "line length",
            "longest " + brf.pageLines().stream().flatMap(List::stream).mapToInt(String::length).max().orElse(0) + " cells",
            "at most " + BrfLayout.CELLS_PER_LINE + " cells");
    public static final MeasureRule<BrfReadBack> PAGE_LENGTH = brf -> measure(brf, Kind.PAGE_TOO_LONG, "page length",
            "longest " + brf.pageLines().stream().mapToInt(List::size).max().orElse(0) + " lines",
            "at most " + BrfLayout.LINES_PER_PAGE + " lines");
    public static final MeasureRule<BrfReadBack> CHARACTER_SET = brf -> measure(brf, Kind.OUTSIDE_CHARSET,
            "character set", "North American Braille ASCII only", "the 64 characters of North American Braille ASCII");
    public static final MeasureRule<BrfReadBack> PAGE_NUMBERS = brf -> measure(brf, Kind.PAGE_NUMBER, "page numbers",
            "every page, " + BrfLayout.pageNumber(1) + " to " + BrfLayout.pageNumber(Math.max(1, brf.pages())),
            "braille page number at the end of each page's last line");

    /** Every page rule, in the order a transcriber checks them. */
    public static final List<MeasureRule<? super BrfReadBack>> ALL = List.of(LINE_LENGTH, PAGE_LENGTH, CHARACTER_SET,
            PAGE_NUMBERS);

    private BrfMeasures() {
    }

    private static Measure measure(BrfReadBack brf, Kind rule, String name, String whenKept, String ruleText) {
        List<BrailleFinding> broken = brf.layout().stream().filter(f -> f.kind() == rule).toList();
        return new Measure(name, broken.isEmpty() ? whenKept
                : broken.stream().map(BrailleFinding::describe).collect(Collectors.joining("; ")), ruleText, broken.isEmpty());
    }
}
