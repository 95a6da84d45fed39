package org.handout.check.pdf;

import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Link structure elements and the parts of one link: OpenHTMLtoPDF tags a link that wraps as one Link per line,
 * each with an annotation of its own, so the readers join a Link to the one before it when it is that link's next
 * line, and keep two links to one target apart when they stand side by side or in different blocks.
 */
final class LinkParts {
    /** How far a line's annotation may overlap the one above it (leading tighter than the glyph box). */
    private static final float LINE_TOLERANCE_PT = 1;

    private LinkParts() {
    }

    /** The URI a Link's annotation opens, empty for another annotation or none. */
    static String target(PDStructureElement link) {
        return annotation(link).map(annotation -> annotation instanceof PDAnnotationLink linkAnnotation
                        && linkAnnotation.getAction() instanceof PDActionURI uri && uri.getURI() != null ? uri.getURI() : "")
                .orElse("");
    }

    /** The annotation a Link element's object reference points to. */
    static Optional<PDAnnotation> annotation(PDStructureElement link) {
        for (Object kid : link.getKids()) {
            if (kid instanceof PDObjectReference reference && reference.getReferencedObject() instanceof PDAnnotation annotation) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code next}, read right after {@code open} with nothing between them in the same block, is its next
     * line: the same target, and its annotation below the open part's or on another page (two links side by side
     * on one line are two). Without annotation rectangles to compare, the same target decides.
     */
    static boolean continues(PDStructureElement open, PDPage openPage, PDStructureElement next, PDPage nextPage) {
        if (!target(open).equals(target(next))) {
            return false;
        }
        Optional<PDRectangle> above = annotation(open).map(PDAnnotation::getRectangle);
        Optional<PDRectangle> below = annotation(next).map(PDAnnotation::getRectangle);
        return !samePage(openPage, nextPage) || above.isEmpty() || below.isEmpty()
                || below.get().getUpperRightY() <= above.get().getLowerLeftY() + LINE_TOLERANCE_PT;
    }

    /** PDFBox wraps a page anew each time an element's /Pg is read. */
    private static boolean samePage(PDPage one, PDPage other) {
        return one == null ? other == null : other != null && one.getCOSObject() == other.getCOSObject();
    }
}
