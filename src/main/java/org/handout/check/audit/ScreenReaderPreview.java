package org.handout.check.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The document as a screen reader announces it, in reading order, one line per thing announced: "heading level 1:
 * …", "list of 4 items", "quote: … — attribution", "figure: …", "table with 3 columns: headers …", and where the
 * language changes.
 */
public record ScreenReaderPreview(List<Line> lines) {

    public ScreenReaderPreview {
        lines = List.copyOf(lines);
    }

    /** One announcement; {@code depth} nests it inside lists, quotes and tables. */
    public record Line(int depth, String text) {
    }

    public static ScreenReaderPreview of(DocumentTree tree) {
        Speaker speaker = new Speaker();
        speaker.say(0, "document: " + (tree.title().isBlank() ? "(no title)" : tree.title())
                + ", language " + (tree.lang().isBlank() ? "(none)" : tree.lang()));
        speaker.kids(tree.root(), 0, tree.lang());
        return new ScreenReaderPreview(speaker.lines);
    }

    /** The lines, indented two spaces per depth, for a console. */
    public String asText() {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append("  ".repeat(line.depth())).append(line.text()).append('\n'));
        return out.toString();
    }

    private static final class Speaker {
        private final List<Line> lines = new ArrayList<>();

        void say(int depth, String text) {
            lines.add(new Line(depth, text));
        }

        void kids(AccessibleNode node, int depth, String lang) {
            node.kids().forEach(kid -> node(kid, depth, lang));
        }

        void node(AccessibleNode node, int depth, String inherited) {
            String lang = node.lang().isEmpty() ? inherited : node.lang();
            String change = lang.equals(inherited) ? "" : "[language " + lang + "] ";
            switch (node.role()) {
                case HEADING -> say(depth, change + "heading level " + node.level() + ": " + node.spoken());
                case PARAGRAPH, LIST_BODY, TABLE_CELL, TABLE_HEADER, SPAN -> {
                    if (!node.spoken().isEmpty()) {
                        say(depth, change + node.spoken());
                    }
                    inside(node, depth + 1, lang);
                }
                case QUOTE -> quote(node, depth, change);
                case LIST -> {
                    int items = (int) node.kids().stream().filter(k -> k.role() == Role.LIST_ITEM).count();
                    say(depth, change + "list of " + items + (items == 1 ? " item" : " items"));
                    kids(node, depth + 1, lang);
                }
                case LIST_ITEM -> {
                    say(depth, change + "• " + itemText(node));
                    inside(node, depth + 1, lang);
                }
                case FIGURE -> say(depth, change + (node.element().startsWith("input") ? "image button: " : "figure: ")
                        + (node.name().isBlank() ? "(no alternative text)" : node.name()));
                case TABLE -> table(node, depth, change);
                case LINK -> say(depth, change + "link: " + (node.name().isBlank() ? node.spoken() : node.name()));
                default -> {
                    if (!change.isEmpty()) {
                        say(depth, change.strip());
                    }
                    kids(node, depth, lang);
                }
            }
        }

        /**
         * What text already spoke leaves out: blocks nested in it (a list in an item, a figure in a paragraph) and
         * the passages in another language, each announced on its own line.
         */
        private void inside(AccessibleNode node, int depth, String lang) {
            for (AccessibleNode kid : node.kids()) {
                switch (kid.role()) {
                    case LIST, FIGURE, TABLE, QUOTE, HEADING -> node(kid, depth, lang);
                    case SPAN, LINK -> {
                        if (!kid.lang().isEmpty() && !kid.lang().equals(lang)) {
                            say(depth, "[language " + kid.lang() + "] " + kid.spoken());
                        }
                        inside(kid, depth, kid.lang().isEmpty() ? lang : kid.lang());
                    }
                    case LIST_LABEL -> {
                        // The label is spoken as the bullet that starts the item's line.
                    }
                    default -> inside(kid, depth, kid.lang().isEmpty() ? lang : kid.lang());
                }
            }
        }

        /** An item's own words after its label, without its nested lists, which follow as their own lines. */
        private String itemText(AccessibleNode item) {
            String words = item.spoken();
            for (AccessibleNode kid : item.kids()) {
                if (kid.role() == Role.LIST_LABEL && words.startsWith(kid.spoken())) {
                    words = words.substring(kid.spoken().length());
                } else if (kid.role() == Role.LIST && !kid.spoken().isEmpty()) {
                    words = words.replace(kid.spoken(), "");
                }
            }
            return words.strip();
        }

        private void quote(AccessibleNode quote, int depth, String change) {
            List<String> parts = quote.kids().stream().map(AccessibleNode::spoken).filter(s -> !s.isEmpty()).toList();
            if (parts.isEmpty()) {
                parts = List.of(quote.spoken());
            }
            Optional<String> attribution = parts.size() > 1 && TextShapes.startsLikeAttribution(parts.get(parts.size() - 1))
                    ? Optional.of(parts.get(parts.size() - 1).replaceFirst("^\\s*[—–―-]\\s*", ""))
                    : Optional.empty();
            List<String> words = attribution.isPresent() ? parts.subList(0, parts.size() - 1) : parts;
            say(depth, change + "quote: " + String.join(" ", words) + attribution.map(a -> " — " + a).orElse(""));
        }

        private void table(AccessibleNode table, int depth, String change) {
            List<AccessibleNode> rows = table.all(Role.TABLE_ROW);
            int columns = rows.stream().mapToInt(r -> r.kids().size()).max().orElse(0);
            List<String> headers = table.all(Role.TABLE_HEADER).stream().map(AccessibleNode::spoken).toList();
            say(depth, change + "table with " + columns + (columns == 1 ? " column" : " columns") + " and " + rows.size()
                    + (rows.size() == 1 ? " row" : " rows") + ": "
                    + (headers.isEmpty() ? "no headers" : "headers " + String.join(", ", headers)));
        }
    }
}
