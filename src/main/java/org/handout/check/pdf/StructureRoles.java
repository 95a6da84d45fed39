package org.handout.check.pdf;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * A PDF's role map resolved to the standard structure types of ISO 32000-1 14.8.4, so that readers see a
 * custom "Heading2" mapped to H2 as an H2.
 */
final class StructureRoles {

    static final Set<String> STANDARD_TYPES = Set.of(
            "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct",
            "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH",
            "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot",
            "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form");

    private final Map<String, Object> roleMap;

    StructureRoles(PDStructureTreeRoot root) {
        this.roleMap = root == null ? Map.of() : Map.copyOf(root.getRoleMap());
    }

    Map<String, Object> roleMap() {
        return roleMap;
    }

    /** The standard type an element stands for; its own type when it is standard or the map leads nowhere. */
    String standardType(PDStructureElement element) {
        return standardType(element.getStructureType());
    }

    String standardType(String type) {
        String current = type;
        Set<String> seen = new HashSet<>();
        // A role map may chain (Custom -> Other -> P) and, in broken files, loop.
        while (current != null && !STANDARD_TYPES.contains(current) && seen.add(current)) {
            Object mapped = roleMap.get(current);
            if (!(mapped instanceof String next)) {
                break;
            }
            current = next;
        }
        return current == null ? "" : current;
    }
}
