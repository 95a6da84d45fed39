package org.handout.check.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;
import org.handout.check.ReadingWords;

/**
 * The glyphs of each marked-content sequence of a document's pages, by page and MCID, and how to join glyph
 * runs into words. A glyph drawn over the same character already drawn there (faked bold) is read once. Pages
 * are parsed once, on first use, through the load's {@link PageGlyphs}. Not thread-safe: one instance per
 * document read.
 */
public final class MarkedContentText {

    // Keyed by the page dictionary: PDPage wrappers are created afresh for each lookup.
    private final Map<COSDictionary, Map<Integer, List<TextPosition>>> pages = new HashMap<>();
    private final PageGlyphs glyphs;

    public MarkedContentText(PDDocument document) {
        this(PageGlyphs.of(document));
    }

    public MarkedContentText(PageGlyphs glyphs) {
        this.glyphs = glyphs;
    }

    /** The glyphs tagged with this MCID on this page, in content-stream order; empty when there are none. */
    public List<TextPosition> glyphs(PDPage page, int mcid) throws IOException {
        Map<Integer, List<TextPosition>> byMcid = pages.get(page.getCOSObject());
        if (byMcid == null) {
            byMcid = byMcid(glyphs.page(page).glyphs());
            pages.put(page.getCOSObject(), byMcid);
        }
        return byMcid.getOrDefault(mcid, List.of());
    }

    /** Glyphs in a nested sequence without an MCID of its own belong to the enclosing one. */
    private static Map<Integer, List<TextPosition>> byMcid(List<DrawnGlyphs.Glyph> glyphs) {
        Map<Integer, List<TextPosition>> byMcid = new HashMap<>();
        for (DrawnGlyphs.Glyph glyph : glyphs) {
            if (glyph.mcid() >= 0 && !glyph.overprint()) {
                byMcid.computeIfAbsent(glyph.mcid(), k -> new ArrayList<>()).add(glyph.position());
            }
        }
        return byMcid;
    }

    /**
     * Glyphs in reading order, optionally replaced as a whole by a structure element's /ActualText (a ligature,
     * a hyphenated word): assistive technology reads the replacement, but word spacing around it still follows
     * the glyphs' positions.
     */
    record Run(List<TextPosition> glyphs, Optional<String> replacement) {
        Run {
            glyphs = List.copyOf(glyphs);
        }

        static Run of(List<TextPosition> glyphs) {
            return new Run(glyphs, Optional.empty());
        }
    }

    /**
     * Joins runs the way a reader sees them: a space where the gap between glyphs is wider than a
     * fraction of a space, never two spaces in a row. A new line (or page) after a drawn space is
     * one space; after anything else the line broke where the page shows no space, inside a run of
     * letters too long for its line or at a forced line break, and only the source can tell which:
     * that line end is {@link ReadingWords#UNSPACED_LINE_END}.
     */
    static String join(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        TextPosition previous = null;
        for (Run run : runs) {
            if (run.replacement().isPresent()) {
                if (previous != null && !run.glyphs().isEmpty() && startsNewWord(previous, run.glyphs().get(0))) {
                    appendSpace(text);
                }
                text.append(run.replacement().get());
                previous = run.glyphs().isEmpty() ? previous : run.glyphs().get(run.glyphs().size() - 1);
                continue;
            }
            for (TextPosition glyph : run.glyphs()) {
                if (previous != null && onNewLine(previous, glyph)) {
                    appendLineEnd(text);
                } else if (previous != null && startsNewWord(previous, glyph)) {
                    appendSpace(text);
                }
                String unicode = glyph.getUnicode();
                if (unicode != null) {
                    if (unicode.isBlank()) {
                        appendSpace(text);
                    } else {
                        text.append(unicode);
                    }
                }
                previous = glyph;
            }
        }
        return text.toString().strip();
    }

    private static boolean onNewLine(TextPosition previous, TextPosition glyph) {
        float lineTolerance = Math.max(previous.getHeightDir(), glyph.getHeightDir()) * 0.5f;
        return Math.abs(glyph.getYDirAdj() - previous.getYDirAdj()) > lineTolerance;
    }

    private static boolean startsNewWord(TextPosition previous, TextPosition glyph) {
        if (onNewLine(previous, glyph)) {
            return true;
        }
        float gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
        float space = previous.getWidthOfSpace() > 0 ? previous.getWidthOfSpace() : previous.getFontSizeInPt() * 0.25f;
        return gap > space * 0.3f || gap < -previous.getWidthDirAdj() * 2;
    }

    /** A space, or a line end with no space before it becomes one when the new line starts with a space. */
    private static void appendSpace(StringBuilder text) {
        int last = text.length() - 1;
        if (last >= 0 && text.charAt(last) == ReadingWords.UNSPACED_LINE_END) {
            text.setCharAt(last, ' ');
        } else if (last >= 0 && text.charAt(last) != ' ') {
            text.append(' ');
        }
    }

    private static void appendLineEnd(StringBuilder text) {
        int last = text.length() - 1;
        if (last >= 0 && text.charAt(last) != ' ' && text.charAt(last) != ReadingWords.UNSPACED_LINE_END) {
            text.append(ReadingWords.UNSPACED_LINE_END);
        }
    }
}
