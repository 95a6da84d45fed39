package org.handout.check.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * The size every visible run of a DOCX is really shown at, resolved the way Word resolves it:
 * the run's own size, else its character style chain, else its paragraph style chain (Normal when
 * none is named), else the document defaults, else Word's built-in 10 pt. Reading only the run
 * would miss the sizes that styles carry, which is where a well-made document keeps them.
 * Table styles' run properties are not consulted. Word keeps a second size, {@code szCs}, for
 * complex-script text (Arabic, Hebrew), so every run is measured twice, once for each.
 *
 * @param sizes both sizes of every run with visible text, in document order (body, then headers and footers)
 */
public record DocxFontSizes(List<TextSize> sizes) {
    /** Word's size for text when neither runs, styles nor defaults name one. */
    static final double WORD_DEFAULT_PT = 10;

    public DocxFontSizes {
        sizes = List.copyOf(sizes);
    }

    /** One run's resolved size; {@code where} names the part and paragraph, e.g. "body paragraph 4 (complex script)". */
    public record TextSize(double pt, String where, String text) {
    }

    public static DocxFontSizes read(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            return of(document);
        }
    }

    public static DocxFontSizes of(XWPFDocument document) {
        Resolver resolver = new Resolver(new DocxStyleChain(document.getStyles()));
        List<TextSize> found = new ArrayList<>();
        resolver.elements("body", document.getBodyElements(), found);
        for (XWPFHeader header : document.getHeaderList()) {
            resolver.elements("header", header.getBodyElements(), found);
        }
        for (XWPFFooter footer : document.getFooterList()) {
            resolver.elements("footer", footer.getBodyElements(), found);
        }
        return new DocxFontSizes(found);
    }

    /** The smallest visible text, or empty for a document without text. */
    public Optional<TextSize> smallest() {
        return sizes.stream().min(Comparator.comparingDouble(TextSize::pt));
    }

    private static final class Resolver {
        private final DocxStyleChain chain;
        private int paragraphCount;

        Resolver(DocxStyleChain chain) {
            this.chain = chain;
        }

        void elements(String part, List<IBodyElement> elements, List<TextSize> found) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(part, paragraph, found);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            elements(part + " table", cell.getBodyElements(), found);
                        }
                    }
                }
            }
        }

        private void paragraph(String part, XWPFParagraph paragraph, List<TextSize> found) {
            paragraphCount++;
            String paragraphStyle = chain.paragraphStyleOrDefault(paragraph.getStyleID());
            for (XWPFRun run : paragraph.getRuns()) {
                String text = run.text();
                if (text.isBlank()) {
                    continue;
                }
                String where = part + " paragraph " + paragraphCount;
                found.add(new TextSize(resolved(run, paragraphStyle, CTRPr::getSzList), where, text));
                found.add(new TextSize(resolved(run, paragraphStyle, CTRPr::getSzCsList), where + " (complex script)", text));
            }
        }

        /** One size property ({@code sz}, or {@code szCs} for Arabic and Hebrew text) through the whole chain. */
        private double resolved(XWPFRun run, String paragraphStyle, Function<CTRPr, List<CTHpsMeasure>> property) {
            return size(run.getCTR().getRPr(), property)
                    .or(() -> chain.inherited(run.getStyle().isEmpty() ? null : run.getStyle(),
                            style -> size(style.getRPr(), property)))
                    .or(() -> chain.inherited(paragraphStyle, style -> size(style.getRPr(), property)))
                    .or(() -> chain.defaultRunProperties().flatMap(defaults -> size(defaults, property)))
                    .orElse(WORD_DEFAULT_PT);
        }

        private static Optional<Double> size(CTRPr properties, Function<CTRPr, List<CTHpsMeasure>> property) {
            if (properties == null || property.apply(properties).isEmpty()) {
                return Optional.empty();
            }
            CTHpsMeasure size = property.apply(properties).get(0);
            String value = size.xgetVal().getStringValue().strip();
            if (value.matches("\\d+")) {
                return Optional.of(Integer.parseInt(value) / 2.0);
            }
            return Optional.of(POIXMLUnits.parseLength(size.xgetVal()) / (double) Units.EMU_PER_POINT);
        }
    }
}
