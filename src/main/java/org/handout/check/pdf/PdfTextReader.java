package org.handout.check.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.TextPosition;
import org.handout.check.FoundText;
import org.handout.check.TextBlocks;
import org.handout.check.TextReader;
import org.handout.check.pdf.DrawnGlyphs.Glyph;

/**
 * Reads a tagged PDF's text as a screen reader meets it: the structure tree in order, each element's words
 * gathered through its marked-content ids (or its /ActualText), list labels left out as the source has none.
 * Beside it, the text drawn on the pages: glyphs a tag reads but the page does not show, and glyphs the page
 * shows outside every tag and artifact. Running footers and page numbers are artifacts, so not read. Stateless
 * and thread-safe.
 */
public final class PdfTextReader implements TextReader {
    private static final Set<String> CONTAINERS = Set.of("Document", "Part", "Art", "Sect", "Div", "NonStruct",
            "Private", "TOC", "TOCI", "Index", "Caption", "LBody", "Form", "THead", "TBody", "TFoot", "TR", "TH", "TD");
    private static final Set<String> BLOCKS = Set.of("P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "BlockQuote",
            "L", "LI", "Lbl", "Table", "Figure", "Formula");
    private static final Pattern ATTRIBUTION_DASH = Pattern.compile("^\\s*(?:\u2014|\u2013|\u2015|\u2012|--)");

    @Override
    public FoundText read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return read(document);
        }
    }

    /** The text of a document already loaded. */
    public FoundText read(PDDocument document) throws IOException {
        return read(PageGlyphs.of(document));
    }

    /** The text of a document whose pages' glyphs are parsed once for every check of a file. */
    public FoundText read(PageGlyphs pages) throws IOException {
        Walk walk = new Walk(pages);
        PDStructureTreeRoot root = pages.document().getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            walk.container(root, null);
        }
        return new FoundText(walk.blocks.blocks(), walk.notDrawn, walk.untagged());
    }

    /** The words gathered for one block, and those of them the page does not show. */
    private static final class Gathered {
        private final List<MarkedContentText.Run> runs = new ArrayList<>();
        private final List<TextPosition> notDrawn = new ArrayList<>();
        private final List<String> targets = new ArrayList<>();
        /** How many glyphs there were when the last link ended: a link right after it may continue it. */
        private int glyphsAfterLastLink = -1;
        private PDStructureElement lastLink;
        private PDPage lastLinkPage;

        int glyphs() {
            return runs.stream().mapToInt(run -> run.glyphs().size()).sum();
        }

        boolean isEmpty() {
            return runs.isEmpty() && targets.isEmpty();
        }

        String text() {
            return MarkedContentText.join(runs);
        }
    }

    /** One traversal of one document's structure tree, in reading (tree) order. */
    private static final class Walk {
        private final PageGlyphs pages;
        private final StructureRoles roles;
        private final TextBlocks blocks = new TextBlocks();
        private final List<FoundText.NotDrawn> notDrawn = new ArrayList<>();
        private final Map<COSDictionary, Map<Integer, List<Glyph>>> pageMcids = new HashMap<>();
        private final Map<COSDictionary, Set<Integer>> tagged = new HashMap<>();
        /** Keyed by dictionary: the tree hands out a new wrapper for an element on every walk. */
        private final Set<COSDictionary> attributions = new HashSet<>();

        Walk(PageGlyphs pages) {
            this.pages = pages;
            this.roles = new StructureRoles(pages.document().getDocumentCatalog().getStructureTreeRoot());
        }

        /** A grouping element's kids: block kids in turn, loose inline content between them as paragraphs. */
        void container(PDStructureNode node, PDPage page) throws IOException {
            Gathered loose = new Gathered();
            for (Object kid : node.getKids()) {
                if (kid instanceof PDStructureElement element && isBlock(element)) {
                    paragraph(loose);
                    loose = new Gathered();
                    block(element, pageOf(element, page));
                } else {
                    inline(kid, page, loose);
                }
            }
            paragraph(loose);
        }

        private boolean isBlock(PDStructureElement element) {
            String type = roles.standardType(element);
            return BLOCKS.contains(type) || CONTAINERS.contains(type);
        }

        private void block(PDStructureElement element, PDPage page) throws IOException {
            String type = roles.standardType(element);
            if (type.equals("H") || type.length() == 2 && type.charAt(0) == 'H' && Character.isDigit(type.charAt(1))) {
                Gathered heading = gather(element, page);
                emit(heading, blocks::heading);
            } else if (type.equals("P") && attributions.contains(element.getCOSObject())) {
                emit(gather(element, page), blocks::attribution);
            } else if (type.equals("BlockQuote")) {
                markAttribution(element, page);
                blocks.openQuote();
                container(element, page);
                blocks.close();
            } else if (type.equals("L")) {
                blocks.openList();
                container(element, page);
                blocks.close();
            } else if (type.equals("LI")) {
                blocks.openItem();
                container(element, page);
                blocks.close();
            } else if (type.equals("Lbl")) {
                gather(element, page);
            } else if (type.equals("Table")) {
                table(element, page);
            } else if (type.equals("Figure") || type.equals("Formula")) {
                gather(element, page);
                String alt = element.getAlternateDescription();
                if (alt != null && !alt.isBlank()) {
                    blocks.image(alt);
                }
            } else if (element.getActualText() != null) {
                // Right-to-left text is drawn in visual order; its block carries the logical order as /ActualText.
                paragraph(gather(element, page));
            } else {
                container(element, page);
            }
        }

        /** A quote's last paragraph starting with a dash is its attribution, when the quote has more than it. */
        private void markAttribution(PDStructureElement quote, PDPage page) throws IOException {
            List<PDStructureElement> parts = new ArrayList<>();
            for (Object kid : quote.getKids()) {
                if (kid instanceof PDStructureElement child) {
                    parts.add(child);
                }
            }
            if (parts.size() > 1) {
                PDStructureElement last = parts.get(parts.size() - 1);
                if (roles.standardType(last).equals("P")
                        && ATTRIBUTION_DASH.matcher(peek(last, pageOf(last, page))).find()) {
                    attributions.add(last.getCOSObject());
                }
            }
        }

        /** An element's words without recording them as read. */
        private String peek(PDStructureElement element, PDPage page) throws IOException {
            Gathered gathered = new Gathered();
            for (Object kid : element.getKids()) {
                inline(kid, page, gathered);
            }
            return gathered.text();
        }

        private void paragraph(Gathered gathered) {
            emit(gathered, blocks::paragraph);
        }

        private void emit(Gathered gathered, java.util.function.Consumer<String> add) {
            if (gathered.isEmpty()) {
                return;
            }
            String text = gathered.text();
            if (!text.isBlank()) {
                add.accept(text);
                noteNotDrawn(gathered, blocks.size() - 1);
            }
            gathered.targets.forEach(blocks::linkTarget);
        }

        private void noteNotDrawn(Gathered gathered, int block) {
            if (!gathered.notDrawn.isEmpty()) {
                String text = MarkedContentText.join(List.of(MarkedContentText.Run.of(gathered.notDrawn)));
                if (!text.isBlank()) {
                    notDrawn.add(new FoundText.NotDrawn(block, text));
                }
            }
        }

        private Gathered gather(PDStructureElement element, PDPage page) throws IOException {
            Gathered gathered = new Gathered();
            inline(element, page, gathered);
            return gathered;
        }

        /** Inline content: marked content, or an element whose whole subtree is read as words. */
        private void inline(Object kid, PDPage page, Gathered into) throws IOException {
            if (kid instanceof PDStructureElement element) {
                PDPage elementPage = pageOf(element, page);
                boolean link = roles.standardType(element).equals("Link");
                if (link) {
                    String target = LinkParts.target(element);
                    boolean continued = into.lastLink != null && into.glyphsAfterLastLink == into.glyphs()
                            && LinkParts.continues(into.lastLink, into.lastLinkPage, element, elementPage);
                    if (!target.isEmpty() && !continued) {
                        into.targets.add(target);
                    }
                }
                if (element.getActualText() != null) {
                    Gathered replaced = new Gathered();
                    for (Object child : element.getKids()) {
                        inline(child, elementPage, replaced);
                    }
                    List<TextPosition> glyphs = replaced.runs.stream().flatMap(run -> run.glyphs().stream()).toList();
                    into.runs.add(new MarkedContentText.Run(glyphs, Optional.of(element.getActualText())));
                    into.notDrawn.addAll(replaced.notDrawn);
                    into.targets.addAll(replaced.targets);
                    return;
                }
                for (Object child : element.getKids()) {
                    inline(child, elementPage, into);
                }
                if (link) {
                    into.glyphsAfterLastLink = into.glyphs();
                    into.lastLink = element;
                    into.lastLinkPage = elementPage;
                }
            } else if (kid instanceof Integer mcid && page != null) {
                content(page, mcid, into);
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage referencePage = reference.getPage() != null ? reference.getPage() : page;
                if (referencePage != null) {
                    content(referencePage, reference.getMCID(), into);
                }
            }
        }

        private void content(PDPage page, int mcid, Gathered into) throws IOException {
            COSDictionary key = page.getCOSObject();
            List<Glyph> glyphs = mcids(page).getOrDefault(mcid, List.of());
            tagged.computeIfAbsent(key, k -> new HashSet<>()).add(mcid);
            List<TextPosition> positions = new ArrayList<>(glyphs.size());
            for (Glyph glyph : glyphs) {
                positions.add(glyph.position());
                if (!glyph.drawn()) {
                    into.notDrawn.add(glyph.position());
                }
            }
            into.runs.add(MarkedContentText.Run.of(positions));
        }

        private Map<Integer, List<Glyph>> mcids(PDPage page) throws IOException {
            COSDictionary key = page.getCOSObject();
            Map<Integer, List<Glyph>> byMcid = pageMcids.get(key);
            if (byMcid == null) {
                byMcid = DrawnGlyphs.byMcid(glyphs(page));
                pageMcids.put(key, byMcid);
            }
            return byMcid;
        }

        /** A page the page tree does not list shows nothing. */
        private List<Glyph> glyphs(PDPage page) throws IOException {
            return pages.indexOf(page) < 0 ? List.of() : pages.page(page).glyphs();
        }

        /** A table row by row; the first row is the header when all its cells are TH. */
        private void table(PDStructureElement table, PDPage page) throws IOException {
            List<List<Gathered>> rows = new ArrayList<>();
            List<Boolean> headerRows = new ArrayList<>();
            rows(table, page, rows, headerRows);
            List<String> header = new ArrayList<>();
            List<Gathered> cells = new ArrayList<>();
            List<List<String>> body = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String> texts = rows.get(r).stream().map(Gathered::text).toList();
                if (r == 0 && headerRows.get(0)) {
                    header.addAll(texts);
                } else {
                    body.add(texts);
                }
                cells.addAll(rows.get(r));
            }
            int first = blocks.size();
            blocks.table(header, body);
            for (int c = 0; c < cells.size(); c++) {
                noteNotDrawn(cells.get(c), first + c);
            }
            for (Gathered cell : cells) {
                cell.targets.forEach(blocks::linkTarget);
            }
        }

        private void rows(PDStructureElement parent, PDPage page, List<List<Gathered>> rows, List<Boolean> headerRows)
                throws IOException {
            for (Object kid : parent.getKids()) {
                if (!(kid instanceof PDStructureElement child)) {
                    continue;
                }
                PDPage childPage = pageOf(child, page);
                String type = roles.standardType(child);
                if (type.equals("TR")) {
                    List<Gathered> cells = new ArrayList<>();
                    boolean allHeaders = true;
                    for (Object cellKid : child.getKids()) {
                        if (cellKid instanceof PDStructureElement cell) {
                            allHeaders &= roles.standardType(cell).equals("TH");
                            cells.add(gather(cell, pageOf(cell, childPage)));
                        }
                    }
                    rows.add(cells);
                    headerRows.add(allHeaders && !cells.isEmpty());
                } else {
                    rows(child, childPage, rows, headerRows);
                }
            }
        }

        private static PDPage pageOf(PDStructureElement element, PDPage inherited) {
            return element.getPage() != null ? element.getPage() : inherited;
        }

        /** Visible glyphs outside every tag read above and every artifact, one entry per line of a page. */
        List<FoundText.Untagged> untagged() throws IOException {
            List<FoundText.Untagged> lines = new ArrayList<>();
            int number = 0;
            for (PDPage page : pages.document().getPages()) {
                COSDictionary key = page.getCOSObject();
                number++;
                Set<Integer> read = tagged.getOrDefault(key, Set.of());
                List<TextPosition> line = new ArrayList<>();
                for (Glyph glyph : glyphs(page)) {
                    boolean untagged = glyph.drawn() && !glyph.artifact() && (glyph.mcid() < 0 || !read.contains(glyph.mcid()));
                    if (untagged && !line.isEmpty() && !sameLine(line.get(line.size() - 1), glyph.position())) {
                        addLine(lines, number, line);
                        line = new ArrayList<>();
                    }
                    if (untagged) {
                        line.add(glyph.position());
                    }
                }
                addLine(lines, number, line);
            }
            return lines;
        }

        private static boolean sameLine(TextPosition previous, TextPosition next) {
            return Math.abs(previous.getYDirAdj() - next.getYDirAdj()) <= Math.max(previous.getHeightDir(), next.getHeightDir()) * 0.5f;
        }

        private static void addLine(List<FoundText.Untagged> lines, int page, List<TextPosition> line) {
            String text = MarkedContentText.join(List.of(MarkedContentText.Run.of(line)));
            if (!text.isBlank()) {
                lines.add(new FoundText.Untagged(page, text));
            }
        }
    }
}
