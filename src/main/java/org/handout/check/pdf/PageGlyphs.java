package org.handout.check.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.handout.check.pdf.DrawnGlyphs.Glyph;

/**
 * The glyphs of a loaded document's pages, each page's content parsed once, on first use, for every reader of
 * that load: the outline and the text by marked-content id, the glyph measures and the artifact count. Parsing a
 * page's content is the costly part of reading a PDF back, so the readers share it rather than each parsing it
 * again. Not thread-safe: one instance per document read.
 */
public final class PageGlyphs {

    /** One page: every glyph its content shows, in content order, and its marked-content sequences tagged Artifact. */
    record Page(List<Glyph> glyphs, int artifacts) {
        Page {
            glyphs = List.copyOf(glyphs);
        }
    }

    private final PDDocument document;
    /** Keyed by the page dictionary: the structure tree's /Pg wrappers are not the page tree's. */
    private final Map<COSDictionary, Integer> indexes = new HashMap<>();
    private final Map<COSDictionary, Page> parsed = new HashMap<>();

    private PageGlyphs(PDDocument document) {
        this.document = document;
        int index = 0;
        for (PDPage page : document.getPages()) {
            indexes.putIfAbsent(page.getCOSObject(), index++);
        }
    }

    public static PageGlyphs of(PDDocument document) {
        return new PageGlyphs(document);
    }

    public PDDocument document() {
        return document;
    }

    /** The 0-based place of {@code page} in the page tree, or -1 for a page the tree does not list. */
    int indexOf(PDPage page) {
        return indexes.getOrDefault(page.getCOSObject(), -1);
    }

    /**
     * The page, parsed through the page tree's own wrapper when the tree lists it: that wrapper shares the
     * document's resource cache, which the structure tree's /Pg wrappers lack, so fonts are not parsed again for
     * every page.
     */
    Page page(PDPage page) throws IOException {
        COSDictionary key = page.getCOSObject();
        Page known = parsed.get(key);
        if (known == null) {
            int index = indexOf(page);
            known = DrawnGlyphs.of(index >= 0 ? document.getPage(index) : page);
            parsed.put(key, known);
        }
        return known;
    }
}
