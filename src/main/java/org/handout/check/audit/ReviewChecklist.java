package org.handout.check.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of the Matterhorn Protocol (and of WCAG for DOCX and HTML) that needs a person, made concrete for one
 * file: every alternative text to compare with its image, every heading to confirm, every quotation, link and
 * table to look at, and the document-wide questions no program can answer (colour, reading order).
 */
public record ReviewChecklist(List<Item> items) {

    public ReviewChecklist {
        items = List.copyOf(items);
    }

    /**
     * @param checkpoint the Matterhorn checkpoint or failure condition it belongs to, e.g. "13 Graphics" or "09-001"
     * @param question   what the reviewer decides, yes meaning fine
     * @param location   what to look at
     */
    public record Item(String checkpoint, String question, Location location) {
    }

    public static ReviewChecklist of(DocumentTree tree) {
        List<Item> items = new ArrayList<>();
        AccessibleNode root = tree.root();
        for (AccessibleNode figure : root.all(Role.FIGURE)) {
            items.add(new Item("13 Graphics", "Does the alternative text \"" + figure.name()
                    + "\" say what the image conveys, in its context?", figure.location()));
        }
        for (AccessibleNode heading : root.all(Role.HEADING)) {
            items.add(new Item("14 Headings", "Is this a heading, and is level " + heading.level() + " its rank in the outline?",
                    heading.location()));
        }
        for (AccessibleNode quote : root.all(Role.QUOTE)) {
            items.add(new Item("01-006", "Is this a quotation, with its attribution inside it?", quote.location()));
        }
        for (AccessibleNode link : root.all(Role.LINK)) {
            items.add(new Item("28 Annotations", "Does the link text say where the link leads?", link.location()));
        }
        for (AccessibleNode table : root.all(Role.TABLE)) {
            items.add(new Item("15 Tables", "Are the header cells the real headers, and is this a data table, not layout?",
                    table.location()));
        }
        items.add(new Item("01-006", "Is every paragraph that looks like a heading, list or quotation tagged as one "
                + "(compare the screen-reader preview with the page)?", Location.document()));
        items.add(new Item("04-001", "Is colour, contrast or layout never the only carrier of meaning "
                + "(e.g. red for a warning, a tick mark without words)?", Location.document()));
        items.add(new Item("09-001", "Does the screen-reader preview follow the order a sighted reader reads "
                + (tree.pages() > 1 ? "on each of the " + tree.pages() + " pages?" : "the page in?"), Location.document()));
        items.add(new Item("11 Natural language", "Is every passage in another language marked with its language?",
                Location.document()));
        return new ReviewChecklist(items);
    }
}
