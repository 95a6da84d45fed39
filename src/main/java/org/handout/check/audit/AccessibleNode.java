package org.handout.check.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One element of a document as assistive technology meets it, the same shape for PDF tags, HTML elements and
 * Word paragraphs, so that one set of heuristics, one preview and one checklist serve every format.
 *
 * @param role    what it is
 * @param level   a heading's level (1–6), else 0
 * @param text    every word in it, descendants included, lines separated by {@code \n}
 * @param name    what is announced instead of or before the text: an image's alternative text, a link's
 *                accessible name; empty when none
 * @param lang    its own language tag, empty when it inherits its parent's
 * @param at      where it starts on the page (PDF), {@link Spot#NOWHERE} when unknown
 * @param element the format's own name for it, e.g. "P", "img", "Heading 2"
 */
public record AccessibleNode(Role role, int level, String text, String name, String lang, Spot at, String element,
                             List<AccessibleNode> kids) {

    public AccessibleNode {
        kids = List.copyOf(kids);
    }

    /** The top-left of an element's first glyph: page 1-based, x from the left, y from the top, in points. */
    public record Spot(int page, double x, double y) {
        public static final Spot NOWHERE = new Spot(0, 0, 0);

        public boolean known() {
            return page > 0;
        }
    }

    public static AccessibleNode of(Role role, String element, String text, List<AccessibleNode> kids) {
        return new AccessibleNode(role, 0, text, "", "", Spot.NOWHERE, element, kids);
    }

    public AccessibleNode named(String newName) {
        return new AccessibleNode(role, level, text, newName == null ? "" : newName.strip(), lang, at, element, kids);
    }

    public AccessibleNode atLevel(int newLevel) {
        return new AccessibleNode(role, newLevel, text, name, lang, at, element, kids);
    }

    public AccessibleNode inLanguage(String newLang) {
        return new AccessibleNode(role, level, text, name, newLang == null ? "" : newLang.strip(), at, element, kids);
    }

    /** Its text as one line, as a screen reader speaks it. */
    public String spoken() {
        return text.strip().replaceAll("\\s+", " ");
    }

    public Location location() {
        return new Location(at.page(), element, text.isBlank() ? name : text);
    }

    /** This node and every descendant, depth first, in reading order. */
    public List<AccessibleNode> descendantsAndSelf() {
        List<AccessibleNode> all = new ArrayList<>();
        visit(all::add);
        return all;
    }

    public List<AccessibleNode> all(Role wanted) {
        return descendantsAndSelf().stream().filter(node -> node.role == wanted).toList();
    }

    private void visit(Consumer<AccessibleNode> action) {
        action.accept(this);
        kids.forEach(kid -> kid.visit(action));
    }
}
