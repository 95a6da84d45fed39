package org.handout.check;

import java.util.List;

/**
 * A file's text as assistive technology meets it, in reading order, and, for a PDF, where that text and the
 * text drawn on its pages disagree.
 *
 * @param blocks    the text a screen reader reads, block by block
 * @param notDrawn  text of a block that is tagged but not visible: missing glyphs, invisible render mode, clipped
 *                  away or off the page
 * @param untagged  text drawn on a page that is neither tagged nor an artifact
 */
public record FoundText(List<TextBlock> blocks, List<NotDrawn> notDrawn, List<Untagged> untagged) {

    public FoundText {
        blocks = List.copyOf(blocks);
        notDrawn = List.copyOf(notDrawn);
        untagged = List.copyOf(untagged);
    }

    /** Text whose every word is also what the file shows: HTML and DOCX, where nothing is drawn apart from tags. */
    public static FoundText of(List<TextBlock> blocks) {
        return new FoundText(blocks, List.of(), List.of());
    }

    /** Words of {@code blocks.get(block)} that are tagged but not drawn. */
    public record NotDrawn(int block, String text) {
    }

    /** A line of text drawn on page {@code page} (1-based) outside both tags and artifacts. */
    public record Untagged(int page, String text) {
    }
}
