package org.handout.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Gives each subset Type 0 font an embedded CMap that maps its codes to CIDs as the predefined
 * {@code Identity-H} does, but only over the rows of 256 codes that hold the subset's CIDs.
 * veraPDF 1.30.1 reads {@code Identity-H} as 256 ranges and searches them one after another, in
 * reverse, for every glyph several times: a quarter of its time on a handout went to finding the
 * first row. With the rows the font uses (one for a Latin-script handout) the search ends at once.
 * <p>
 * Nothing a reader sees changes: a code in a row the CMap leaves out was drawn as {@code .notdef}
 * before (its CID has no glyph in the subset, so CIDToGIDMap sends it to glyph 0) and is drawn as
 * {@code .notdef} now (an unmapped code selects CID 0, ISO 32000-1 9.7.6.3). The CMap follows
 * ISO 32000-1 9.7.5.3 and Adobe TN 5014: each range differs only in its last byte, at most 100
 * ranges a block, and its CIDSystemInfo is the CIDFont's own, as PDF/UA-1 7.21.3.1 requires of
 * an embedded CMap. Fonts must be subset already: run on a document that was saved and loaded.
 */
final class SubsetIdentityCMaps {
    private static final COSName CMAP = COSName.getPDFName("CMap");
    private static final COSName CMAP_NAME = COSName.getPDFName("CMapName");
    private static final COSName WMODE = COSName.getPDFName("WMode");
    private static final int RANGES_PER_BLOCK = 100;

    private SubsetIdentityCMaps() {
    }

    static void apply(PDDocument document) throws IOException {
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            COSDictionary fonts = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
            if (fonts == null) {
                continue;
            }
            for (COSName name : fonts.keySet()) {
                COSDictionary font = fonts.getCOSDictionary(name);
                if (font != null && seen.add(font)) {
                    narrow(document, font);
                }
            }
        }
    }

    /** Leaves any font alone that is not a Type 0 font over a TrueType CIDFont with an explicit CIDToGIDMap. */
    private static void narrow(PDDocument document, COSDictionary font) throws IOException {
        if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE)) || !COSName.IDENTITY_H.equals(font.getDictionaryObject(COSName.ENCODING))) {
            return;
        }
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        COSBase descendant = descendants == null || descendants.size() != 1 ? null : descendants.getObject(0);
        if (!(descendant instanceof COSDictionary cidFont)
                || !(cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream cidToGid)
                || cidFont.getCOSDictionary(COSName.CIDSYSTEMINFO) == null) {
            return;
        }
        List<Integer> rows = rowsWithGlyphs(cidToGid);
        if (rows.isEmpty()) {
            return;
        }
        String name = font.getNameAsString(COSName.BASE_FONT, "Subset") + "-Identity-H";
        COSDictionary systemInfo = cidFont.getCOSDictionary(COSName.CIDSYSTEMINFO);
        COSStream cmap = document.getDocument().createCOSStream();
        cmap.setItem(COSName.TYPE, CMAP);
        cmap.setItem(CMAP_NAME, COSName.getPDFName(name));
        cmap.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cmap.setInt(WMODE, 0);
        try (OutputStream out = cmap.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(program(name, systemInfo, rows).getBytes(StandardCharsets.US_ASCII));
        }
        font.setItem(COSName.ENCODING, cmap);
    }

    /** The high bytes of the CIDs CIDToGIDMap sends to a glyph other than .notdef, in order. */
    static List<Integer> rowsWithGlyphs(COSStream cidToGid) throws IOException {
        byte[] map;
        try (InputStream in = cidToGid.createInputStream()) {
            map = in.readAllBytes();
        }
        List<Integer> rows = new ArrayList<>();
        for (int cid = 0; 2 * cid + 1 < map.length; cid++) {
            int row = cid >> 8;
            boolean drawn = map[2 * cid] != 0 || map[2 * cid + 1] != 0;
            if (drawn && (rows.isEmpty() || rows.get(rows.size() - 1) != row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The CMap file (PostScript resource syntax) mapping each row's codes to the same CIDs. */
    static String program(String name, COSDictionary systemInfo, List<Integer> rows) {
        StringBuilder cmap = new StringBuilder()
                .append("%!PS-Adobe-3.0 Resource-CMap\n")
                .append("/CIDInit /ProcSet findresource begin\n")
                .append("12 dict begin\n")
                .append("begincmap\n")
                .append("/CIDSystemInfo 3 dict dup begin\n")
                .append("  /Registry (").append(systemInfo.getString(COSName.REGISTRY, "")).append(") def\n")
                .append("  /Ordering (").append(systemInfo.getString(COSName.ORDERING, "")).append(") def\n")
                .append("  /Supplement ").append(systemInfo.getInt(COSName.SUPPLEMENT, 0)).append(" def\n")
                .append("end def\n")
                .append("/CMapName /").append(name).append(" def\n")
                .append("/CMapType 1 def\n")
                .append("/WMode 0 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int start = 0; start < rows.size(); start += RANGES_PER_BLOCK) {
            List<Integer> block = rows.subList(start, Math.min(rows.size(), start + RANGES_PER_BLOCK));
            cmap.append(block.size()).append(" begincidrange\n");
            for (int row : block) {
                cmap.append(String.format(Locale.ROOT, "<%02X00> <%02XFF> %d\n", row, row, row * 256));
            }
            cmap.append("endcidrange\n");
        }
        return cmap.append("endcmap\n")
                .append("CMapName currentdict /CMap defineresource pop\n")
                .append("end\nend\n")
                .toString();
    }
}
