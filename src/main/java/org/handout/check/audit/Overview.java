package org.handout.check.audit;

import java.util.Optional;
import org.handout.check.Outline;
import org.handout.check.pdf.PdfTagSummary;

/**
 * What a reviewer reads first about a file that opened: its size, the outline a reader finds in it (the same
 * readers that prove a build lost nothing), and for a PDF its tag tree and fonts.
 *
 * @param bytes     the file's size
 * @param outline   headings, quotes, list items, figures, tables and links, in reading order
 * @param tags      a PDF's tag summary: tagged or not, structure types, role map, artifacts, fonts
 * @param textSizes the drawn text sizes, where the format has them
 */
public record Overview(long bytes, Outline outline, Optional<PdfTagSummary> tags, Optional<TextSizes> textSizes) {

    /**
     * @param smallestPt the smallest text drawn (a PDF: page furniture excluded; a DOCX: the smallest run's size)
     * @param medianPt   the median glyph size of a PDF
     */
    public record TextSizes(double smallestPt, Optional<Double> medianPt) {
    }
}
