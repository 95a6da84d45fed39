package org.handout.check.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.handout.check.pdf.GlyphReport;
import org.handout.check.pdf.GlyphReport.TextLine;
import org.handout.check.pdf.PageGlyphs;
import org.handout.check.pdf.PdfGlyphMetrics;
import org.handout.check.pdf.PdfOutlineReader;
import org.handout.check.pdf.PdfTagSummary;

/**
 * PAC-style checks of a loaded PDF beyond the validator: its tag tree for the structure heuristics, and the
 * drawn page for what only the page shows (text size, scanned pages, reading order against the layout).
 */
final class PdfInspector {
    /** Below this a glyph is small print for anyone; large-print rules ask far more. */
    static final double SMALLEST_TEXT_PT = 9.0;
    /** Share of steps between text blocks that may go back up the page before the order counts as scrambled. */
    private static final double BACKWARD_STEPS_ALLOWED = 0.25;
    /** A step back up the page by less than this (in points) is the same line, not a jump. */
    private static final double SAME_LINE_PT = 4.0;

    private PdfInspector() {
    }

    static Inspection inspect(PDDocument document) throws IOException {
        PageGlyphs pages = PageGlyphs.of(document);
        PdfTagSummary summary = PdfTagSummary.of(pages);
        AccessibleNode root = PdfTagTree.read(pages);
        DocumentTree tree = new DocumentTree(summary.title(), summary.lang(), document.getNumberOfPages(), root);
        List<Finding> findings = new ArrayList<>();
        if (!summary.tagged() || root.kids().isEmpty()) {
            findings.add(Heuristic.PDF_NOT_TAGGED.at(Location.document()));
        }
        GlyphReport glyphs = PdfGlyphMetrics.measure(pages);
        smallText(glyphs, findings);
        imageOnlyPages(document, glyphs, findings);
        readingOrder(root, document.getNumberOfPages(), findings);
        return new Inspection(tree, findings, List.of(), new PdfOutlineReader().read(pages).asRead(), Optional.of(summary),
                Optional.of(new Overview.TextSizes(glyphs.minGlyphPt(), Optional.of(glyphs.medianGlyphPt()))));
    }

    /** One finding per page, at the first line drawn too small. */
    static void smallText(GlyphReport glyphs, List<Finding> findings) {
        Set<Integer> pagesReported = new HashSet<>();
        for (TextLine line : glyphs.lines()) {
            if (line.fontPt() < SMALLEST_TEXT_PT && pagesReported.add(line.page())) {
                findings.add(Heuristic.TEXT_TOO_SMALL.at(new Location(line.page(),
                        String.format(java.util.Locale.ROOT, "text at %.1f pt", line.fontPt()), line.text())));
            }
        }
    }

    static void imageOnlyPages(PDDocument document, GlyphReport glyphs, List<Finding> findings) throws IOException {
        Set<Integer> pagesWithText = glyphs.lines().stream().map(TextLine::page).collect(Collectors.toSet());
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            if (!pagesWithText.contains(number) && drawsImage(page.getResources(), new HashSet<>())) {
                findings.add(Heuristic.PAGE_ONLY_IMAGE.at(new Location(number, "page", "")));
            }
        }
    }

    /** Whether the resources, or those of a form they hold (each form looked at once), hold an image. */
    private static boolean drawsImage(PDResources resources, Set<COSStream> formsSeen) throws IOException {
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDImageXObject) {
                return true;
            }
            if (xobject instanceof PDFormXObject form && formsSeen.add(form.getCOSObject())
                    && drawsImage(form.getResources(), formsSeen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts, page by page, the steps from one text block to the next in tag order that go back up the page
     * without moving right (a step up and to the right is a new column). A page where many steps do is read in
     * an order far from the one the eye follows.
     */
    static void readingOrder(AccessibleNode root, int pages, List<Finding> findings) {
        List<AccessibleNode> blocks = root.descendantsAndSelf().stream()
                .filter(n -> (n.role() == Role.HEADING || n.role() == Role.PARAGRAPH || n.role() == Role.LIST_BODY
                        || n.role() == Role.TABLE_CELL || n.role() == Role.TABLE_HEADER) && n.at().known()
                        && !n.spoken().isEmpty())
                .toList();
        for (int page = 1; page <= pages; page++) {
            int onPage = page;
            List<AccessibleNode> inOrder = blocks.stream().filter(b -> b.at().page() == onPage).toList();
            int backward = 0;
            for (int i = 1; i < inOrder.size(); i++) {
                AccessibleNode.Spot before = inOrder.get(i - 1).at();
                AccessibleNode.Spot next = inOrder.get(i).at();
                if (next.y() < before.y() - SAME_LINE_PT && next.x() <= before.x()) {
                    backward++;
                }
            }
            if (backward >= 2 && backward > BACKWARD_STEPS_ALLOWED * (inOrder.size() - 1)) {
                AccessibleNode first = inOrder.get(0);
                findings.add(Heuristic.READING_ORDER_FAR_FROM_VISUAL.at(new Location(page,
                        backward + " of " + (inOrder.size() - 1) + " steps go back up the page", first.spoken())));
            }
        }
    }
}
