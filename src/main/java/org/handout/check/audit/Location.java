package org.handout.check.audit;

/**
 * Where in a file a finding or a checklist item is.
 *
 * @param page    1-based page of a PDF, 0 when the format has no pages or the page is unknown
 * @param element the element as the format names it: a PDF tag ("P", "Figure"), an HTML element, a Word style
 * @param excerpt the start of the element's text, for finding it by eye; may be empty
 */
public record Location(int page, String element, String excerpt) {
    private static final int EXCERPT_CHARS = 80;

    public Location {
        excerpt = shortened(excerpt == null ? "" : excerpt.strip().replaceAll("\\s+", " "));
    }

    public static Location of(String element, String text) {
        return new Location(0, element, text);
    }

    /** The document as a whole. */
    public static Location document() {
        return new Location(0, "document", "");
    }

    public String describe() {
        StringBuilder out = new StringBuilder();
        if (page > 0) {
            out.append("page ").append(page).append(", ");
        }
        out.append(element);
        if (!excerpt.isEmpty()) {
            out.append(" \"").append(excerpt).append('"');
        }
        return out.toString();
    }

    private static String shortened(String text) {
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS - 1) + "…";
    }
}
