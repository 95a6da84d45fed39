package org.handout.check.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.handout.check.pdf.PdfUaValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Which PDF/UA part to validate a PDF against. veraPDF 1.30.1 bundles a profile for each part (flavours
 * {@code ua1} and {@code ua2}, the latter named "PDF/UA-2 + Tagged PDF validation profile"); a PDF declares its
 * part in its XMP metadata as {@code pdfuaid:part}.
 */
public enum PdfUaProfile {
    UA1, UA2,
    /** The part the PDF declares; PDF/UA-1 when it declares none. */
    DECLARED;

    static final String PDFUA_ID_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    /** The validator for this choice and this document. */
    public PdfUaValidator validatorFor(PDDocument document) {
        boolean ua2 = this == UA2 || (this == DECLARED && declaredPart(document).filter(part -> part == 2).isPresent());
        return new PdfUaValidator(ua2 ? PDFAFlavour.PDFUA_2 : PDFAFlavour.PDFUA_1);
    }

    /** The PDF/UA part the document's XMP claims, as an element or as an attribute (both are valid RDF). */
    public static Optional<Integer> declaredPart(PDDocument document) {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return Optional.empty();
        }
        try (InputStream xmp = metadata.exportXMPMetadata()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            org.w3c.dom.Document parsed = factory.newDocumentBuilder().parse(xmp);
            NodeList parts = parsed.getElementsByTagNameNS(PDFUA_ID_NAMESPACE, "part");
            if (parts.getLength() > 0) {
                return number(parts.item(0).getTextContent());
            }
            NodeList descriptions = parsed.getElementsByTagNameNS("*", "Description");
            for (int i = 0; i < descriptions.getLength(); i++) {
                Element description = (Element) descriptions.item(i);
                if (description.hasAttributeNS(PDFUA_ID_NAMESPACE, "part")) {
                    return number(description.getAttributeNS(PDFUA_ID_NAMESPACE, "part"));
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            // Unreadable XMP declares nothing; the validator reports the broken metadata itself.
        }
        return Optional.empty();
    }

    private static Optional<Integer> number(String text) {
        String digits = text.strip();
        return digits.matches("\\d{1,2}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }
}
