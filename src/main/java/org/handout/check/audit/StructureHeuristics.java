package org.handout.check.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks that need only a document's accessible structure, so they apply alike to PDF, DOCX and HTML:
 * headings, text that looks like a quotation or a list but is not tagged as one, list labels, images, links,
 * tables and passages in another script.
 */
final class StructureHeuristics {
    private static final Set<Role> BLOCKS = Set.of(Role.HEADING, Role.PARAGRAPH, Role.LIST_BODY, Role.TABLE_CELL,
            Role.TABLE_HEADER);

    private StructureHeuristics() {
    }

    static List<Finding> of(DocumentTree tree) {
        List<Finding> findings = new ArrayList<>();
        headings(tree, findings);
        paragraphShapes(tree.root(), findings);
        listLabels(tree.root(), findings);
        figures(tree.root(), findings);
        links(tree.root(), findings);
        tables(tree.root(), findings);
        foreignScript(tree.root(), tree.lang(), findings);
        return findings;
    }

    static void headings(DocumentTree tree, List<Finding> findings) {
        List<AccessibleNode> headings = tree.root().all(Role.HEADING);
        List<AccessibleNode> levelOne = headings.stream().filter(h -> h.level() == 1).toList();
        if (levelOne.isEmpty()) {
            titleAsParagraph(tree).ifPresentOrElse(title -> findings.add(Heuristic.TITLE_NOT_HEADING.at(title.location())),
                    () -> findings.add(Heuristic.NO_LEVEL_ONE_HEADING.at(Location.document())));
        }
        levelOne.stream().skip(1).forEach(h -> findings.add(Heuristic.SEVERAL_LEVEL_ONE_HEADINGS.at(h.location())));
        int previous = 0;
        for (AccessibleNode heading : headings) {
            if (heading.spoken().isEmpty() && heading.name().isEmpty()) {
                findings.add(Heuristic.EMPTY_HEADING.at(heading.location()));
            }
            if (previous > 0 && heading.level() > previous + 1) {
                findings.add(Heuristic.SKIPPED_HEADING_LEVEL.at(new Location(heading.at().page(),
                        heading.element() + " after H" + previous, heading.spoken())));
            }
            previous = heading.level();
        }
    }

    /** The paragraph that holds the document's title, when a title is set and no heading carries it. */
    private static java.util.Optional<AccessibleNode> titleAsParagraph(DocumentTree tree) {
        String title = comparable(tree.title());
        if (title.isEmpty()) {
            return java.util.Optional.empty();
        }
        return tree.root().all(Role.PARAGRAPH).stream().filter(p -> comparable(p.spoken()).equals(title)).findFirst();
    }

    private static String comparable(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Quotations and lists drawn with characters: paragraph runs among one parent's children. */
    private static void paragraphShapes(AccessibleNode node, List<Finding> findings) {
        if (node.role() == Role.QUOTE || node.role() == Role.LIST) {
            return;
        }
        List<AccessibleNode> kids = node.kids();
        for (int i = 0; i < kids.size(); i++) {
            AccessibleNode kid = kids.get(i);
            if (kid.role() == Role.PARAGRAPH) {
                List<String> lines = kid.text().strip().lines().filter(l -> !l.isBlank()).toList();
                boolean attributedHere = lines.size() > 1 && TextShapes.startsLikeAttribution(lines.get(lines.size() - 1));
                boolean attributedNext = i + 1 < kids.size() && kids.get(i + 1).role() == Role.PARAGRAPH
                        && TextShapes.startsLikeAttribution(kids.get(i + 1).text());
                if (!lines.isEmpty() && TextShapes.opensQuotation(lines.get(0)) && (attributedHere || attributedNext)) {
                    findings.add(Heuristic.QUOTE_NOT_TAGGED.at(kid.location()));
                } else if (lines.stream().filter(TextShapes::startsLikeListItem).count() >= 2
                        || startsListRun(kids, i)) {
                    findings.add(Heuristic.LIST_NOT_TAGGED.at(kid.location()));
                    while (i + 1 < kids.size() && kids.get(i + 1).role() == Role.PARAGRAPH
                            && TextShapes.startsLikeListItem(kids.get(i + 1).text())) {
                        i++;
                    }
                }
            }
            paragraphShapes(kid, findings);
        }
    }

    /** Two paragraphs in a row that each start like a list item, the first after no such paragraph. */
    private static boolean startsListRun(List<AccessibleNode> kids, int i) {
        return TextShapes.startsLikeListItem(kids.get(i).text()) && i + 1 < kids.size()
                && kids.get(i + 1).role() == Role.PARAGRAPH && TextShapes.startsLikeListItem(kids.get(i + 1).text());
    }

    private static void listLabels(AccessibleNode root, List<Finding> findings) {
        for (AccessibleNode item : root.all(Role.LIST_ITEM)) {
            String label = item.kids().stream().filter(k -> k.role() == Role.LIST_LABEL).map(AccessibleNode::spoken)
                    .findFirst().orElse("");
            String body = item.kids().stream().filter(k -> k.role() == Role.LIST_BODY).map(AccessibleNode::spoken)
                    .findFirst().orElse(label.isEmpty() ? item.spoken() : "");
            boolean repeatsLabel = !label.isEmpty() && body.startsWith(label);
            if (repeatsLabel || TextShapes.leadingMarker(body).isPresent()) {
                findings.add(Heuristic.LIST_LABEL_REPEATED.at(item.location()));
            }
        }
    }

    private static void figures(AccessibleNode root, List<Finding> findings) {
        for (AccessibleNode figure : root.all(Role.FIGURE)) {
            if (figure.name().isBlank()) {
                findings.add(Heuristic.FIGURE_WITHOUT_ALT.at(figure.location()));
            } else if (TextShapes.meaninglessAlt(figure.name())) {
                findings.add(Heuristic.FIGURE_ALT_MEANINGLESS.at(figure.location()));
            } else if (figure.name().length() > TextShapes.LONGEST_ALT_CHARS) {
                findings.add(Heuristic.FIGURE_ALT_TOO_LONG.at(figure.location()));
            }
        }
    }

    private static void links(AccessibleNode root, List<Finding> findings) {
        for (AccessibleNode link : root.all(Role.LINK)) {
            String spoken = link.name().isBlank() ? link.spoken() : link.name();
            if (spoken.isBlank()) {
                findings.add(Heuristic.LINK_WITHOUT_NAME.at(link.location()));
            } else if (TextShapes.vagueLinkText(spoken)) {
                findings.add(Heuristic.LINK_TEXT_VAGUE.at(link.location()));
            } else if (TextShapes.bareAddress(spoken)) {
                findings.add(Heuristic.LINK_TEXT_BARE_ADDRESS.at(link.location()));
            }
        }
    }

    private static void tables(AccessibleNode root, List<Finding> findings) {
        for (AccessibleNode table : root.all(Role.TABLE)) {
            if (table.all(Role.TABLE_HEADER).isEmpty()) {
                findings.add(Heuristic.TABLE_WITHOUT_HEADERS.at(table.location()));
            }
        }
    }

    /**
     * The innermost blocks whose own words (without parts that carry their own language) are in a script the
     * language in force is not written in.
     */
    private static void foreignScript(AccessibleNode node, String inherited, List<Finding> findings) {
        String lang = node.lang().isEmpty() ? inherited : node.lang();
        boolean innermostBlock = BLOCKS.contains(node.role())
                && node.descendantsAndSelf().stream().skip(1).noneMatch(d -> BLOCKS.contains(d.role()));
        if (innermostBlock && !lang.isEmpty()) {
            String own = node.text();
            for (AccessibleNode marked : node.descendantsAndSelf().stream().skip(1).filter(d -> !d.lang().isEmpty()).toList()) {
                own = own.replace(marked.text(), " ");
            }
            if (TextShapes.hasForeignScript(own, lang)) {
                findings.add(Heuristic.FOREIGN_SCRIPT_WITHOUT_LANGUAGE.at(node.location()));
            }
            return;
        }
        node.kids().forEach(kid -> foreignScript(kid, lang, findings));
    }
}
