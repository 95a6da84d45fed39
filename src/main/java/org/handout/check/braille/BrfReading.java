package org.handout.check.braille;

import java.util.List;
import java.util.stream.Collectors;
import org.handout.braille.BrailleAscii;

/**
 * What a BRF holds: its pages as written, the elements found on them in reading order, the lists
 * whose runovers may as well be items, in order, and the layout rules it breaks.
 */
public record BrfReading(List<List<String>> pages, List<BrailleElement> elements, List<UnprovenRunovers> unproven,
                         List<BrailleFinding> layout) {
    public BrfReading {
        pages = pages.stream().map(List::copyOf).toList();
        elements = List.copyOf(elements);
        unproven = List.copyOf(unproven);
        layout = List.copyOf(layout);
    }

    /**
     * The first page in Unicode braille (U+2800 block), one line per line, for sighted reviewers:
     * the dots as a reader feels them rather than the ASCII characters that stand for them.
     * A character outside the BRF set shows as a blank cell.
     */
    public String firstPageUnicode() {
        return pages.isEmpty() ? "" : unicode(pages.get(0));
    }

    /** A page's lines in Unicode braille, one line per line. */
    static String unicode(List<String> page) {
        return page.stream().map(BrfReading::cells).collect(Collectors.joining("\n"));
    }

    static String cells(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            out.append(BrailleAscii.inCharset(asEmbossed(c)) ? BrailleAscii.toCell(asEmbossed(c)) : BrailleAscii.BLANK_CELL);
        }
        return out.toString();
    }

    /** Embossers read a-z and the other characters 0x60-0x7E as the cells of their upper-case twins. */
    static char asEmbossed(char c) {
        return c >= '`' && c <= '~' ? (char) (c - 0x20) : c;
    }
}
