package org.handout.check.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.TextPosition;
import org.handout.check.Outline;
import org.handout.check.Outline.HeadingEntry;
import org.handout.check.Outline.ImageEntry;
import org.handout.check.Outline.LinkEntry;
import org.handout.check.Outline.ListEntry;
import org.handout.check.Outline.PartEntry;
import org.handout.check.Outline.QuoteEntry;
import org.handout.check.Outline.TableEntry;
import org.handout.check.OutlineReader;
import org.handout.model.AttributionDash;

/**
 * Reads a tagged PDF's outline from its structure tree, the part screen readers use, never from the page
 * layout: an untagged PDF has an empty outline. Each element's text is the text of its marked content.
 * Stateless and thread-safe.
 */
public final class PdfOutlineReader implements OutlineReader {

    @Override
    public Outline read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return read(document);
        }
    }

    /** The outline of a document already loaded. */
    public Outline read(PDDocument document) throws IOException {
        return read(PageGlyphs.of(document));
    }

    /** The outline of a document whose pages' glyphs are parsed once for every check of a file. */
    public Outline read(PageGlyphs pages) throws IOException {
        PDDocument document = pages.document();
        Walk walk = new Walk(new StructureRoles(document.getDocumentCatalog().getStructureTreeRoot()),
                new MarkedContentText(pages));
        if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
            walk.children(document.getDocumentCatalog().getStructureTreeRoot(), null, 0, 0);
        }
        String lang = Optional.ofNullable(document.getDocumentCatalog().getLanguage()).orElse("");
        return walk.outline.build(PdfTitle.of(document), lang);
    }

    /** Blocks nested in a quote or list item that are not its text: they carry their own outline entries. */
    private static final Set<String> OWN_ENTRIES = Set.of("BlockQuote", "L", "Table");
    private static final Set<String> OWN_ENTRIES_AND_LABEL = Set.of("BlockQuote", "L", "Table", "Lbl");
    /** Inline structure types (ISO 32000-1 table 338, ISO 32000-2 Em, Strong, Sub): within a block. */
    private static final Set<String> INLINE = Set.of("Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link",
            "Annot", "Ruby", "Warichu", "Em", "Strong", "Sub");
    /** What makes a Div a call-out (the print HTML's {@code div.note}) rather than a box around loose text. */
    private static final Set<String> BLOCKS = Set.of("P", "BlockQuote", "L", "Table", "Div");

    /** One traversal of one document's structure tree, in reading (tree) order. */
    private static final class Walk {
        private final StructureRoles roles;
        private final MarkedContentText content;
        private final Outline.Builder outline = new Outline.Builder();
        /**
         * The link read last, which a Link in the same block with no content between them in reading order may
         * continue on the next line ({@link LinkParts#continues}), possibly in another Span.
         */
        private PDStructureElement openLink;
        private PDPage openLinkPage;
        private List<MarkedContentText.Run> openLinkRuns = new ArrayList<>();
        /** A broken structure tree may list an element as its own descendant; each is read once. */
        private final Set<COSDictionary> walked = new HashSet<>();
        /** The elements whose text is being collected, outermost first, so a cycle ends the collection. */
        private final Set<COSDictionary> collecting = new HashSet<>();
        /** Elements with a {@code /Lang} whose text was read as parts, each once. */
        private final Set<COSDictionary> partsRead = new HashSet<>();

        Walk(StructureRoles roles, MarkedContentText content) {
            this.roles = roles;
            this.content = content;
        }

        void children(PDStructureNode node, PDPage page, int listDepth, int sectionDepth) throws IOException {
            for (Object kid : node.getKids()) {
                if (!(kid instanceof PDStructureElement element)) {
                    openLink = null;
                    continue;
                }
                if (!walked.add(element.getCOSObject())) {
                    continue;
                }
                PDPage elementPage = pageOf(element, page);
                if (!isLink(element)) {
                    // A link never continues into another block: two links to one target there are two.
                    boolean block = !INLINE.contains(roles.standardType(element));
                    if (block) {
                        openLink = null;
                    }
                    element(element, elementPage, listDepth, sectionDepth);
                    if (block) {
                        openLink = null;
                    }
                } else if (continuesOpenLink(element, elementPage)) {
                    collectRuns(element, elementPage, Set.of(), openLinkRuns);
                    outline.replaceLastLink(new LinkEntry(MarkedContentText.join(openLinkRuns), LinkParts.target(element)));
                    openLink = element;
                    openLinkPage = elementPage;
                } else {
                    element(element, elementPage, listDepth, sectionDepth);
                    openLinkRuns = new ArrayList<>();
                    collectRuns(element, elementPage, Set.of(), openLinkRuns);
                    openLink = element;
                    openLinkPage = elementPage;
                }
            }
        }

        private boolean continuesOpenLink(PDStructureElement link, PDPage page) {
            return openLink != null && LinkParts.continues(openLink, openLinkPage, link, page);
        }

        private boolean isLink(PDStructureElement element) {
            return roles.standardType(element).equals("Link");
        }

        private void element(PDStructureElement element, PDPage page, int listDepth, int sectionDepth) throws IOException {
            String type = roles.standardType(element);
            if (element.getLanguage() != null && partsRead.add(element.getCOSObject())) {
                part(element, page, element.getLanguage());
            }
            if (type.length() == 2 && type.charAt(0) == 'H' && Character.isDigit(type.charAt(1))) {
                outline.add(new HeadingEntry(type.charAt(1) - '0', text(element, page)));
            } else if (type.equals("H")) {
                // A generic H takes its level from the sections it is nested in (ISO 32000-1 14.8.4.3.2).
                outline.add(new HeadingEntry(Math.max(1, sectionDepth), text(element, page)));
            } else if (type.equals("BlockQuote")) {
                outline.add(quote(element, page));
            } else if (type.equals("LI")) {
                outline.add(new ListEntry(listItemText(element, page), listDepth));
            } else if (type.equals("Figure")) {
                String alt = element.getAlternateDescription();
                outline.add(new ImageEntry(alt == null ? "" : alt, false));
            } else if (type.equals("Table")) {
                outline.add(new TableEntry(headerTexts(element, page)));
            } else if (type.equals("Link")) {
                outline.add(new LinkEntry(text(element, page), LinkParts.target(element)));
            }
            children(element, page, type.equals("L") ? listDepth + 1 : listDepth,
                    type.equals("Sect") ? sectionDepth + 1 : sectionDepth);
        }

        /**
         * The quote's own paragraphs in order, as the source's outline counts them: a nested quote, list or table
         * is an entry of its own, not the quote's text. A last part starting with a dash is the attribution,
         * without the dash.
         */
        private QuoteEntry quote(PDStructureElement quote, PDPage page) throws IOException {
            List<String> parts = new ArrayList<>();
            List<MarkedContentText.Run> loose = new ArrayList<>();
            // As in the source, a dash paragraph is the attribution only after other content and only last.
            boolean otherBlocks = false;
            boolean endsInPart = false;
            for (Object kid : quote.getKids()) {
                if (kid instanceof PDStructureElement child && isOwnEntry(child, OWN_ENTRIES)) {
                    otherBlocks = true;
                    endsInPart = false;
                    continue;
                }
                if (kid instanceof PDStructureElement child) {
                    if (!loose.isEmpty()) {
                        parts.add(MarkedContentText.join(loose));
                        loose = new ArrayList<>();
                    }
                    parts.add(text(child, pageOf(child, page)));
                    endsInPart = true;
                } else {
                    glyphsOfContentKid(kid, page, loose);
                }
            }
            if (!loose.isEmpty()) {
                parts.add(MarkedContentText.join(loose));
                endsInPart = true;
            }
            parts.removeIf(String::isBlank);
            Optional<String> attribution = Optional.empty();
            if (endsInPart && (parts.size() > 1 || otherBlocks && parts.size() == 1)) {
                Optional<String> last = AttributionDash.strip(parts.get(parts.size() - 1));
                if (last.isPresent()) {
                    attribution = last;
                    parts.remove(parts.size() - 1);
                }
            }
            return new QuoteEntry(String.join(" ", parts), attribution);
        }

        /** An item's own words: its LBody (or, without one, itself) minus the label and any nested block. */
        private String listItemText(PDStructureElement item, PDPage page) throws IOException {
            for (Object kid : item.getKids()) {
                if (kid instanceof PDStructureElement child && roles.standardType(child).equals("LBody")) {
                    return text(child, pageOf(child, page), OWN_ENTRIES);
                }
            }
            return text(item, page, OWN_ENTRIES_AND_LABEL);
        }

        private List<String> headerTexts(PDStructureElement table, PDPage page) throws IOException {
            PDStructureElement firstRow = first(table, "TR", new HashSet<>());
            List<String> headers = new ArrayList<>();
            if (firstRow != null) {
                for (Object kid : firstRow.getKids()) {
                    if (kid instanceof PDStructureElement cell && roles.standardType(cell).equals("TH")) {
                        headers.add(text(cell, pageOf(cell, page)));
                    }
                }
            }
            return headers;
        }

        /** The first descendant of a type, depth first: a TR may sit in THead or TBody. */
        private PDStructureElement first(PDStructureElement parent, String type, Set<COSDictionary> seen) {
            for (Object kid : parent.getKids()) {
                if (kid instanceof PDStructureElement child && seen.add(child.getCOSObject())) {
                    if (roles.standardType(child).equals(type)) {
                        return child;
                    }
                    PDStructureElement found = first(child, type, seen);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        /** Whether an element is of a skipped type or, where lists are skipped, a call-out holding blocks. */
        private boolean isOwnEntry(PDStructureElement element, Set<String> skippedTypes) {
            String type = roles.standardType(element);
            if (skippedTypes.contains(type)) {
                return true;
            }
            return type.equals("Div") && skippedTypes.contains("L") && element.getKids().stream()
                    .anyMatch(kid -> kid instanceof PDStructureElement child && BLOCKS.contains(roles.standardType(child)));
        }

        private String text(PDStructureElement element, PDPage page) throws IOException {
            return text(element, page, Set.of());
        }

        private String text(PDStructureElement element, PDPage page, Set<String> skippedTypes) throws IOException {
            List<MarkedContentText.Run> runs = new ArrayList<>();
            collectRuns(element, page, skippedTypes, runs);
            return MarkedContentText.join(runs);
        }

        private void collectRuns(PDStructureElement element, PDPage page, Set<String> skippedTypes,
                                 List<MarkedContentText.Run> runs) throws IOException {
            if (!collecting.add(element.getCOSObject())) {
                return;
            }
            if (element.getActualText() == null) {
                collectKidRuns(element, page, skippedTypes, runs);
            } else {
                List<MarkedContentText.Run> replaced = new ArrayList<>();
                collectKidRuns(element, page, skippedTypes, replaced);
                List<TextPosition> glyphs = replaced.stream().flatMap(run -> run.glyphs().stream()).toList();
                runs.add(new MarkedContentText.Run(glyphs, Optional.of(element.getActualText())));
            }
            collecting.remove(element.getCOSObject());
        }

        private void collectKidRuns(PDStructureElement element, PDPage page, Set<String> skippedTypes,
                                    List<MarkedContentText.Run> runs) throws IOException {
            for (Object kid : element.getKids()) {
                if (kid instanceof PDStructureElement child) {
                    if (!isOwnEntry(child, skippedTypes)) {
                        collectRuns(child, pageOf(child, page), skippedTypes, runs);
                    }
                } else {
                    glyphsOfContentKid(kid, page, runs);
                }
            }
        }

        private void glyphsOfContentKid(Object kid, PDPage page, List<MarkedContentText.Run> runs) throws IOException {
            if (kid instanceof Integer mcid && page != null) {
                runs.add(MarkedContentText.Run.of(content.glyphs(page, mcid)));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage referencePage = reference.getPage() != null ? reference.getPage() : page;
                if (referencePage != null) {
                    runs.add(MarkedContentText.Run.of(content.glyphs(referencePage, reference.getMCID())));
                }
            }
        }

        /**
         * The element's text in {@code lang}, one part per stretch: an element inside it with
         * another {@code /Lang} ends the stretch and is read as its own part there, in reading order.
         */
        private void part(PDStructureElement element, PDPage page, String lang) throws IOException {
            List<MarkedContentText.Run> runs = new ArrayList<>();
            if (element.getActualText() != null) {
                collectRuns(element, page, Set.of(), runs);
            } else {
                partRuns(element, page, lang, runs);
            }
            endPart(lang, runs);
        }

        private void partRuns(PDStructureElement element, PDPage page, String lang, List<MarkedContentText.Run> runs)
                throws IOException {
            for (Object kid : element.getKids()) {
                if (kid instanceof PDStructureElement child) {
                    PDPage childPage = pageOf(child, page);
                    String own = child.getLanguage();
                    if (own != null && !own.equalsIgnoreCase(lang) && partsRead.add(child.getCOSObject())) {
                        endPart(lang, runs);
                        part(child, childPage, own);
                    } else if (child.getActualText() != null) {
                        collectRuns(child, childPage, Set.of(), runs);
                    } else {
                        partRuns(child, childPage, lang, runs);
                    }
                } else {
                    glyphsOfContentKid(kid, page, runs);
                }
            }
        }

        private void endPart(String lang, List<MarkedContentText.Run> runs) {
            String text = MarkedContentText.join(runs);
            if (!text.isBlank()) {
                outline.add(new PartEntry(lang, text.strip()));
            }
            runs.clear();
        }

        private static PDPage pageOf(PDStructureElement element, PDPage inherited) {
            return element.getPage() != null ? element.getPage() : inherited;
        }
    }
}
