package org.handout.check.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What an accessibility reviewer looks at first in any PDF, ours or not: is it tagged, which structure types it
 * uses (after the role map), which custom types map nowhere, how much is marked as artifact, whether every font
 * is embedded, and the title and language assistive technology will announce.
 *
 * @param tagged           the catalog has a structure tree and MarkInfo /Marked true
 * @param title            XMP dc:title, else the Info Title, else empty
 * @param lang             the catalog's /Lang, or empty
 * @param displayDocTitle  viewers show the title rather than the file name
 * @param structureTypes   how many elements of each standard type the structure tree has
 * @param roleMap          the document's own role map, custom type to the type it stands for
 * @param unmappedTypes    types that are neither standard nor role-mapped to a standard type
 * @param artifacts        marked-content sequences tagged Artifact on the pages (page furniture, decoration)
 * @param fonts            each font used on the pages, by name
 */
public record PdfTagSummary(int pages, boolean tagged, String title, String lang, boolean displayDocTitle,
                            SortedMap<String, Integer> structureTypes, SortedMap<String, String> roleMap,
                            SortedSet<String> unmappedTypes, int artifacts, List<FontResource> fonts) {

    public PdfTagSummary {
        structureTypes = Collections.unmodifiableSortedMap(new TreeMap<>(structureTypes));
        roleMap = Collections.unmodifiableSortedMap(new TreeMap<>(roleMap));
        unmappedTypes = Collections.unmodifiableSortedSet(new TreeSet<>(unmappedTypes));
        fonts = List.copyOf(fonts);
    }

    /** @param type the font's subtype, e.g. Type0, TrueType, Type1 */
    public record FontResource(String name, String type, boolean embedded) {
    }

    public boolean allFontsEmbedded() {
        return fonts.stream().allMatch(FontResource::embedded);
    }

    public static PdfTagSummary of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return of(document);
        }
    }

    public static PdfTagSummary of(PDDocument document) throws IOException {
        return of(PageGlyphs.of(document));
    }

    /** The summary of a document whose pages' glyphs are parsed once for every check of a file. */
    public static PdfTagSummary of(PageGlyphs pages) throws IOException {
        PDDocument document = pages.document();
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDStructureTreeRoot root = catalog.getStructureTreeRoot();
        PDMarkInfo markInfo = catalog.getMarkInfo();
        boolean displayDocTitle = Optional.ofNullable(catalog.getViewerPreferences())
                .map(PDViewerPreferences::displayDocTitle).orElse(false);
        StructureRoles roles = new StructureRoles(root);
        SortedMap<String, Integer> types = new TreeMap<>();
        SortedSet<String> unmapped = new TreeSet<>();
        if (root != null) {
            countTypes(root, roles, types, unmapped, new HashSet<>());
        }
        SortedMap<String, String> roleMap = new TreeMap<>();
        roles.roleMap().forEach((custom, standard) -> roleMap.put(custom, String.valueOf(standard)));
        int artifacts = 0;
        Map<String, FontResource> fonts = new TreeMap<>();
        Set<COSStream> formsSeen = new HashSet<>();
        for (PDPage page : document.getPages()) {
            artifacts += pages.page(page).artifacts();
            collectFonts(page.getResources(), fonts, formsSeen);
        }
        return new PdfTagSummary(document.getNumberOfPages(), root != null && markInfo != null && markInfo.isMarked(),
                PdfTitle.of(document), Optional.ofNullable(catalog.getLanguage()).orElse(""),
                displayDocTitle, types, roleMap, unmapped, artifacts, List.copyOf(fonts.values()));
    }

    /** Counts each element once, also in a broken tree that lists an element as its own descendant. */
    private static void countTypes(PDStructureNode node, StructureRoles roles, SortedMap<String, Integer> types,
                                   SortedSet<String> unmapped, Set<COSDictionary> counted) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element && counted.add(element.getCOSObject())) {
                String type = roles.standardType(element);
                types.merge(type, 1, Integer::sum);
                if (!StructureRoles.STANDARD_TYPES.contains(type)) {
                    unmapped.add(element.getStructureType());
                }
                countTypes(element, roles, types, unmapped, counted);
            }
        }
    }

    /**
     * Fonts of the page and of the forms it draws, which may draw forms in turn. Each form is read once per
     * document: forms that name each other in a cycle would otherwise be walked once per path through it.
     */
    private static void collectFonts(PDResources resources, Map<String, FontResource> fonts, Set<COSStream> formsSeen)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font != null) {
                String fontName = font.getName() == null ? name.getName() : font.getName();
                fonts.putIfAbsent(fontName, new FontResource(fontName, font.getSubType(), font.isEmbedded()));
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form && formsSeen.add(form.getCOSObject())) {
                collectFonts(form.getResources(), fonts, formsSeen);
            }
        }
    }
}
