package org.handout.check.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.handout.check.Outline;
import org.handout.check.OutlineReader;
import org.handout.convention.DocxMarks;
import org.handout.model.AttributionDash;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Reads the outline any DOCX carries (also one made in Word): headings by outline level, quotes
 * by Quote-based styles, list items by numbering, pictures by their alt text. Structure is read
 * only from what Word itself uses for navigation and screen readers, never from how text looks,
 * so a heading typed in a big bold Normal paragraph is not a heading here.
 */
public final class DocxOutlineReader implements OutlineReader {

    @Override
    public Outline read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            return read(document);
        }
    }

    public Outline read(XWPFDocument document) {
        Walk walk = new Walk(document, new DocxStyleChain(document.getStyles()));
        walk.elements(document.getBodyElements(), true);
        Outline found = walk.outline.build("", walk.language());
        String coreTitle = document.getProperties().getCoreProperties().getTitle();
        String title = coreTitle != null && !coreTitle.isBlank() ? coreTitle
                : found.headings().stream().filter(h -> h.level() == 1).map(Outline.HeadingEntry::text).findFirst().orElse("");
        return walk.outline.build(title, walk.language());
    }

    /** One pass over the document in reading order. */
    private static final class Walk {
        private final XWPFDocument document;
        private final DocxStyleChain chain;
        private final Outline.Builder outline = new Outline.Builder();
        /** The quotations whose bookmark has started and not yet ended, innermost first. */
        private final Deque<MarkedQuotation> marked = new ArrayDeque<>();
        /**
         * The quotation a quote paragraph outside every bookmark continues, {@code null} after anything but a
         * list or table (which may be nested in it): files from Word have no bookmarks, so quote paragraphs in a
         * row are one quotation, and those from earlier versions of handout end the bookmark in the first one.
         */
        private Quotation unmarked;
        private String firstRunLanguage;
        /** The characters Word takes {@code w:eastAsia} and {@code w:bidi} for. */
        private static final Set<Character.UnicodeScript> EAST_ASIAN = EnumSet.of(Character.UnicodeScript.HAN,
                Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);
        private static final Set<Byte> RIGHT_TO_LEFT = Set.of(Character.DIRECTIONALITY_RIGHT_TO_LEFT,
                Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        /** The stretch of text being read in one language, and that language. */
        private String partLanguage;
        private final StringBuilder partText = new StringBuilder();
        /** Depth of the list item read last, 0 once something other than a list stands between. */
        private int itemDepth;

        Walk(XWPFDocument document, DocxStyleChain chain) {
            this.document = document;
            this.chain = chain;
        }

        void elements(List<IBodyElement> elements, boolean structural) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph paragraph) {
                    startQuotations(paragraph);
                    if (structural) {
                        structure(paragraph);
                    }
                    inlines(paragraph);
                    endQuotations(paragraph);
                } else if (element instanceof XWPFTable table) {
                    itemDepth = 0;
                    table(table);
                }
            }
        }

        private void structure(XWPFParagraph paragraph) {
            String style = chain.paragraphStyleOrDefault(paragraph.getStyleID());
            String text = text(paragraph);
            Optional<Integer> outlineLevel = chain.outlineLevel(paragraph);
            if (outlineLevel.isPresent() && outlineLevel.get() < 6) {
                unmarked = null;
                itemDepth = 0;
                outline.add(new Outline.HeadingEntry(outlineLevel.get() + 1, text));
                return;
            }
            Optional<Integer> listLevel = listLevel(paragraph, style);
            if (listLevel.isPresent()) {
                itemDepth = listLevel.get() + 1;
                outline.add(new Outline.ListEntry(text, itemDepth));
                return;
            }
            Optional<Integer> continuedDepth = continuedLevel(paragraph).map(level -> level + 1)
                    .or(() -> itemDepth > 0 ? Optional.of(itemDepth) : Optional.empty());
            if (continuedDepth.isPresent() && chain.derivesFrom(style, s -> DocxStyleChain.named(s, "List Paragraph"))) {
                if (!text.isBlank()) {
                    outline.continueItem(continuedDepth.get(), text);
                }
                return;
            }
            if (chain.derivesFrom(style, s -> DocxStyleChain.named(s, "Quote") || DocxStyleChain.named(s, "Intense Quote"))) {
                itemDepth = 0;
                quoteParagraph(style, text);
                return;
            }
            if (!text.isBlank()) {
                unmarked = null;
                itemDepth = 0;
            }
        }

        /** A quote paragraph belongs to the innermost quotation marked around it, else to the unmarked one. */
        private void quoteParagraph(String style, String text) {
            Quotation quotation = marked.isEmpty() ? unmarked : marked.peek().quotation();
            boolean attributionStyle = chain.derivesFrom(style,
                    s -> DocxStyleChain.squash(s.getStyleId()).contains("attribution")
                            || DocxStyleChain.squash(s.getName()).contains("attribution"));
            // Without an attribution style, a dash marks one only after some quote text: a quote may open with a dash.
            boolean attribution = attributionStyle || quotation != null && quotation.hasText() && AttributionDash.strip(text).isPresent();
            if (quotation == null && (attribution || !text.isBlank())) {
                quotation = new Quotation();
                unmarked = quotation;
            }
            if (attribution) {
                quotation.attribute(AttributionDash.withoutDash(text));
                if (quotation == unmarked) {
                    unmarked = null;
                }
            } else if (!text.isBlank()) {
                quotation.add(text);
            }
        }

        private void startQuotations(XWPFParagraph paragraph) {
            for (CTBookmark start : paragraph.getCTP().getBookmarkStartList()) {
                if (start.getName() != null && start.getName().startsWith(DocxMarks.QUOTE_BOOKMARK)) {
                    unmarked = null;
                    marked.push(new MarkedQuotation(start.getId(), new Quotation()));
                }
            }
        }

        /** An outermost quotation ended stays the unmarked one, which an earlier version's quote paragraphs continue. */
        private void endQuotations(XWPFParagraph paragraph) {
            for (CTMarkupRange end : paragraph.getCTP().getBookmarkEndList()) {
                if (marked.stream().anyMatch(open -> open.id().equals(end.getId()))) {
                    MarkedQuotation closed;
                    do {
                        closed = marked.pop();
                    } while (!closed.id().equals(end.getId()));
                    if (marked.isEmpty()) {
                        unmarked = closed.quotation();
                    }
                }
            }
        }

        /** A quotation's bookmark id and the quotation. */
        private record MarkedQuotation(BigInteger id, Quotation quotation) {
        }

        /**
         * A quotation being read: it takes its place among the outline's quotes when it starts, ahead of the
         * quotations nested in it, and its paragraphs and attribution as they come.
         */
        private final class Quotation {
            private final int place = outline.addQuote(new Outline.QuoteEntry("", Optional.empty()));
            private final List<String> paragraphs = new ArrayList<>();
            private Optional<String> attribution = Optional.empty();

            boolean hasText() {
                return !paragraphs.isEmpty();
            }

            void add(String text) {
                paragraphs.add(text);
                record();
            }

            void attribute(String text) {
                attribution = Optional.of(text);
                record();
            }

            private void record() {
                outline.replaceQuote(place, new Outline.QuoteEntry(String.join(" ", paragraphs), attribution));
            }
        }

        /** Numbering set on the paragraph or by its style (list styles such as "List Bullet"); numId 0 means none. */
        private Optional<Integer> listLevel(XWPFParagraph paragraph, String style) {
            CTPPr own = paragraph.getCTP().getPPr();
            Optional<CTNumPr> numPr = own != null && own.isSetNumPr() ? Optional.of(own.getNumPr())
                    : chain.inherited(style, s -> s.isSetPPr() && s.getPPr().isSetNumPr()
                    ? Optional.of(s.getPPr().getNumPr()) : Optional.empty());
            if (numPr.isEmpty() || !numPr.get().isSetNumId() || numPr.get().getNumId().getVal().equals(BigInteger.ZERO)) {
                return Optional.empty();
            }
            return Optional.of(numPr.get().isSetIlvl() ? numPr.get().getIlvl().getVal().intValue() : 0);
        }

        /**
         * An unnumbered List Paragraph continues an item: the one at the level its numId-0
         * numbering keeps, as handout writes it, wherever it stands; without that level, as Word
         * users type it, the item read just before it.
         */
        private static Optional<Integer> continuedLevel(XWPFParagraph paragraph) {
            CTPPr own = paragraph.getCTP().getPPr();
            return own != null && own.isSetNumPr() && own.getNumPr().isSetIlvl()
                    ? Optional.of(own.getNumPr().getIlvl().getVal().intValue()) : Optional.empty();
        }

        private void table(XWPFTable table) {
            List<XWPFTableRow> rows = table.getRows();
            if (!rows.isEmpty()) {
                outline.add(new Outline.TableEntry(rows.get(0).getTableCells().stream().map(XWPFTableCell::getText)
                        .map(t -> t.replace('\n', ' ').strip()).toList()));
            }
            for (XWPFTableRow row : rows) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    elements(cell.getBodyElements(), false);
                }
            }
        }

        /** Pictures, links, the first language tag and text in other languages, wherever the paragraph sits. */
        private void inlines(XWPFParagraph paragraph) {
            CTHyperlink currentLink = null;
            StringBuilder linkText = new StringBuilder();
            for (XWPFRun run : paragraph.getRuns()) {
                noteLanguage(run.getCTR().getRPr());
                partOf(run);
                for (CTDrawing drawing : run.getCTR().getDrawingList()) {
                    drawing.getInlineList().stream().map(CTInline::getDocPr).forEach(this::image);
                    drawing.getAnchorList().stream().map(CTAnchor::getDocPr).forEach(this::image);
                }
                CTHyperlink link = run instanceof XWPFHyperlinkRun h ? h.getCTHyperlink() : null;
                if (link != currentLink) {
                    endLink(currentLink, linkText);
                    currentLink = link;
                }
                if (link != null) {
                    linkText.append(run.text());
                }
            }
            endLink(currentLink, linkText);
            endPart();
        }

        /** Adds the run's text to the stretch in its language, ending the stretch when the language changes. */
        private void partOf(XWPFRun run) {
            String text = run.text();
            if (!text.isBlank()) {
                String lang = runLanguage(run.getCTR().getRPr(), text);
                if (!lang.equalsIgnoreCase(partLanguage)) {
                    endPart();
                    partLanguage = lang;
                }
            }
            partText.append(text);
        }

        private void endPart() {
            if (partLanguage != null && !partText.toString().isBlank()) {
                outline.add(new Outline.PartEntry(partLanguage, partText.toString().strip()));
            }
            partLanguage = null;
            partText.setLength(0);
        }

        /**
         * The language Word reads the run's text in: {@code w:eastAsia} for Han, kana and Hangul,
         * {@code w:bidi} for right-to-left letters, {@code w:val} for the rest; from the run's own
         * {@code w:lang}, else the document default.
         */
        private String runLanguage(CTRPr properties, String text) {
            Function<CTLanguage, String> attribute =
                    text.codePoints().anyMatch(c -> EAST_ASIAN.contains(Character.UnicodeScript.of(c))) ? CTLanguage::getEastAsia
                    : text.codePoints().anyMatch(c -> RIGHT_TO_LEFT.contains(Character.getDirectionality(c))) ? CTLanguage::getBidi
                    : CTLanguage::getVal;
            Optional<CTLanguage> own = properties == null || properties.getLangList().isEmpty()
                    ? Optional.empty() : Optional.of(properties.getLangArray(0));
            Optional<CTLanguage> defaults = chain.defaultRunProperties()
                    .filter(rPr -> !rPr.getLangList().isEmpty())
                    .map(rPr -> rPr.getLangArray(0));
            return Stream.of(own, defaults).flatMap(Optional::stream).map(attribute)
                    .filter(value -> value != null && !value.isBlank()).findFirst().orElse("");
        }

        private void endLink(CTHyperlink link, StringBuilder text) {
            if (link != null) {
                String target = link.getId() != null ? Optional.ofNullable(document.getHyperlinkByID(link.getId()))
                        .map(XWPFHyperlink::getURL).orElse("") : "#" + link.getAnchor();
                outline.add(new Outline.LinkEntry(text.toString(), target));
            }
            text.setLength(0);
        }

        private void image(CTNonVisualDrawingProps docPr) {
            outline.add(new Outline.ImageEntry(docPr.getDescr() == null ? "" : docPr.getDescr(), decorative(docPr)));
        }

        private static boolean decorative(CTNonVisualDrawingProps docPr) {
            if (!docPr.isSetExtLst()) {
                return false;
            }
            for (CTOfficeArtExtension ext : docPr.getExtLst().getExtList()) {
                if (DocxMarks.DECORATIVE_EXT.equalsIgnoreCase(ext.getUri())) {
                    try (XmlCursor cursor = ext.newCursor()) {
                        if (cursor.toFirstChild()) {
                            String value = cursor.getAttributeText(new QName("", "val"));
                            return "1".equals(value) || "true".equalsIgnoreCase(value);
                        }
                    }
                }
            }
            return false;
        }

        private void noteLanguage(CTRPr properties) {
            if (firstRunLanguage == null && properties != null && !properties.getLangList().isEmpty()) {
                firstRunLanguage = properties.getLangArray(0).getVal();
            }
        }

        /** The document default language, else the first run's: Word writes it in either place. */
        String language() {
            return chain.defaultRunProperties()
                    .filter(rPr -> !rPr.getLangList().isEmpty())
                    .map(rPr -> rPr.getLangArray(0))
                    .map(CTLanguage::getVal)
                    .filter(v -> v != null && !v.isBlank())
                    .orElse(firstRunLanguage == null ? "" : firstRunLanguage);
        }

        /** Text as a reader hears it: line breaks read as spaces. */
        private static String text(XWPFParagraph paragraph) {
            return paragraph.getText().replace('\n', ' ').replace('\t', ' ').strip();
        }
    }
}
