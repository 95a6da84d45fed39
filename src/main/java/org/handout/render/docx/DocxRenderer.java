package org.handout.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.render.BuildDate;
import org.handout.render.FontFamily;
import org.handout.render.FontList;
import org.handout.render.LanguageFonts;
import org.handout.render.PageWords;
import org.handout.render.Profile;
import org.handout.render.RefusedHandout;
import org.handout.render.Renderer;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes a handout as a Word document (POI XWPF) whose structure is what Word's Accessibility
 * Checker and screen readers expect: built-in heading and quote styles, real numbered lists,
 * alt text on pictures, header rows on tables, title and language set. Stateless, so one instance
 * serves concurrent builds; every number comes from the {@link Profile}.
 */
public final class DocxRenderer implements Renderer {
    private static final String FONT_TABLE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String FONT_TABLE_RELATION =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    /** Listed as each font's alternative so a machine without the bundled fonts still shows a sans-serif. */
    private static final String FALLBACK_FONT = "Arial";

    @Override
    public void write(Handout handout, Profile profile, OutputStream out) throws IOException, InvalidHandoutException {
        Instant buildDate = BuildDate.of(handout);
        ByteArrayOutputStream poiOutput = new ByteArrayOutputStream();
        XWPFDocument document = new XWPFDocument();
        FontList fonts = LanguageFonts.bundled().of(handout.meta().lang());
        try {
            document.createStyles().setStyles(StylesDocument.Factory
                    .parse(DocxStyleSheet.xml(profile, fonts, handout.meta().lang()), POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                    .getStyles());
            addFontTable(document.getPackage(), document.getPackagePart(), fonts);
            ListNumbering numbering = new ListNumbering(profile, fonts.latin());
            BodyWriter body = new BodyWriter(document, profile, handout, numbering);
            handout.body().forEach(block -> block.accept(body));
            if (!numbering.isEmpty()) {
                document.createNumbering().setNumbering(NumberingDocument.Factory
                        .parse(numbering.xml(), POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getNumbering());
            }
            addPageNumberFooter(document, PageWords.of(handout.meta().lang()));
            setPage(document, profile);
            setProperties(document.getProperties(), handout, buildDate);
            document.write(poiOutput);
        } catch (RefusedHandout e) {
            throw e.problem();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (XmlException | InvalidFormatException e) {
            throw new IOException("generated DOCX part is not valid XML", e);
        } finally {
            discard(document);
        }
        out.write(ReproducibleZip.restamp(poiOutput.toByteArray(), buildDate));
    }

    /**
     * Releases the document without {@code close()}: for a package created in memory, POI's close
     * saves the whole package a second time into a stream nobody reads, doubling the render time.
     */
    private static void discard(XWPFDocument document) {
        document.getPackage().revert();
    }

    /** Names every family of the language's list, each with a sans-serif Word can fall back to. */
    private static void addFontTable(OPCPackage pkg, PackagePart documentPart, FontList fonts)
            throws InvalidFormatException, IOException {
        PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
        PackagePart part = pkg.createPart(name, FONT_TABLE_TYPE);
        documentPart.addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_RELATION);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (FontFamily family : fonts.families()) {
            xml.append("<w:font w:name=\"").append(DocxStyleSheet.escape(family.name())).append("\"><w:altName w:val=\"")
                    .append(FALLBACK_FONT).append("\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("<w:font w:name=\"" + FALLBACK_FONT + "\"><w:panose1 w:val=\"020B0604020202020204\"/>"
                + "<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        try (OutputStream partOut = part.getOutputStream()) {
            partOut.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** "Page N of M" in the handout's language, the numbers as fields so Word and LibreOffice number the pages they lay out. */
    private static void addPageNumberFooter(XWPFDocument document, PageWords words) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle(DocxStyleSheet.FOOTER);
        for (String part : words.pageNumber()) {
            if (part.equals(PageWords.PAGE)) {
                field(p, "PAGE", "1");
            } else if (part.equals(PageWords.PAGES)) {
                field(p, "NUMPAGES", "1");
            } else {
                p.createRun().setText(part);
            }
        }
    }

    private static void field(XWPFParagraph p, String instruction, String placeholder) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        field.addNewR().addNewT().setStringValue(placeholder);
    }

    private static void setPage(XWPFDocument document, Profile profile) {
        var body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(DocxStyleSheet.twips(profile.page().widthPt()));
        size.setH(DocxStyleSheet.twips(profile.page().heightPt()));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        long margin = DocxStyleSheet.twips(profile.marginPt());
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(margin / 2);
        margins.setFooter(margin / 2);
        margins.setGutter(0L);
    }

    private static void setProperties(POIXMLProperties properties, Handout handout, Instant buildDate) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(handout.meta().title());
        handout.meta().summary().ifPresent(core::setSubjectProperty);
        core.setCreator(handout.meta().organization().orElse(""));
        if (!handout.meta().keywords().isEmpty()) {
            core.setKeywords(String.join(", ", handout.meta().keywords()));
        }
        Optional<Date> date = Optional.of(Date.from(buildDate));
        core.setCreated(date);
        core.setModified(date);
        core.setLastModifiedByUser(handout.meta().organization().orElse(""));
    }
}
