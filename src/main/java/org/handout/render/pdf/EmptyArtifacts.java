package org.handout.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Removes the artifact sequences that mark nothing. OpenHTMLtoPDF opens a background artifact for
 * every box it paints, also one with no background or border, so a page carries a hundred or more
 * {@code /Artifact /PropN BDC EMC} pairs with nothing between them, each with its own properties
 * dictionary. They carry nothing a reader, a screen reader or a print shows, but every PDF reader
 * and validator parses them: veraPDF spends about a sixth of its time on a handout's PDF walking them.
 * Tagged sequences (with an MCID) are kept even when empty, as the structure tree may point to them.
 */
final class EmptyArtifacts {
    private EmptyArtifacts() {
    }

    static void remove(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            if (page.hasContents()) {
                remove(document, page);
            }
        }
    }

    private static void remove(PDDocument document, PDPage page) throws IOException {
        // Decoded whole first: parsing straight from the inflating stream reads it a byte at a time.
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
        }
        List<Object> tokens = new PDFStreamParser(content).parse();
        List<Object> kept = new ArrayList<>(tokens.size());
        Set<COSName> dropped = new HashSet<>();
        for (Object token : tokens) {
            if (isOperator(token, OperatorName.END_MARKED_CONTENT) && endsWithEmptyArtifact(kept)) {
                Object properties = kept.get(kept.size() - 2);
                if (properties instanceof COSName name) {
                    dropped.add(name);
                }
                kept.subList(kept.size() - 3, kept.size()).clear();
            } else if (isOperator(token, OperatorName.END_MARKED_CONTENT) && endsWithEmptyUntypedArtifact(kept)) {
                kept.subList(kept.size() - 2, kept.size()).clear();
            } else {
                kept.add(token);
            }
        }
        if (kept.size() == tokens.size()) {
            return;
        }
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(kept);
        }
        page.setContents(stream);
        dropUnused(page.getResources(), dropped, kept);
    }

    /** {@code /Artifact <properties> BDC} just before: nothing was drawn since it opened. */
    private static boolean endsWithEmptyArtifact(List<Object> kept) {
        int size = kept.size();
        return size >= 3 && isOperator(kept.get(size - 1), OperatorName.BEGIN_MARKED_CONTENT_SEQ)
                && (kept.get(size - 2) instanceof COSName || kept.get(size - 2) instanceof COSDictionary)
                && COSName.ARTIFACT.equals(kept.get(size - 3));
    }

    /** {@code /Artifact BMC} just before. */
    private static boolean endsWithEmptyUntypedArtifact(List<Object> kept) {
        int size = kept.size();
        return size >= 2 && isOperator(kept.get(size - 1), OperatorName.BEGIN_MARKED_CONTENT)
                && COSName.ARTIFACT.equals(kept.get(size - 2));
    }

    private static boolean isOperator(Object token, String name) {
        return token instanceof Operator operator && operator.getName().equals(name);
    }

    /** The properties only the removed sequences named go from the page's resources too. */
    private static void dropUnused(PDResources resources, Set<COSName> dropped, List<Object> kept) {
        COSDictionary properties = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        Set<COSBase> stillNamed = new HashSet<>();
        for (Object token : kept) {
            if (token instanceof COSName name) {
                stillNamed.add(name);
            }
        }
        for (COSName name : dropped) {
            if (!stillNamed.contains(name)) {
                properties.removeItem(name);
            }
        }
    }
}
