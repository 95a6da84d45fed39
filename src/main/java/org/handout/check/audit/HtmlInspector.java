package org.handout.check.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.handout.check.html.HtmlOutlineReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML page the way a browser's accessibility tree presents it, after axe-core's rules: roles from
 * elements and ARIA, names by the accessible-name computation (aria-labelledby, aria-label, alt, an svg's title,
 * title), hidden subtrees left out; then checks its language, title and landmarks.
 */
final class HtmlInspector {
    private static final Set<String> LANDMARKS = Set.of("main", "header", "nav", "aside", "footer");
    private static final Set<String> LANDMARK_ROLES = Set.of("main", "banner", "navigation", "complementary",
            "contentinfo", "region", "search", "form");
    private static final Set<String> NOT_CONTENT = Set.of("script", "style", "template", "noscript", "head");

    private final Document document;

    private HtmlInspector(Document document) {
        this.document = document;
    }

    static Inspection inspect(Document document) {
        HtmlInspector inspector = new HtmlInspector(document);
        Element html = document.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip();
        List<AccessibleNode> kids = inspector.kids(document.body());
        AccessibleNode root = AccessibleNode.of(Role.GROUP, "body", document.body().text(), kids);
        DocumentTree tree = new DocumentTree(document.title().strip(), lang, 0, root);
        List<Finding> findings = new ArrayList<>();
        if (lang.isEmpty()) {
            findings.add(Heuristic.DOCUMENT_LANGUAGE_MISSING.at(Location.of("html", "")));
        }
        if (document.title().isBlank()) {
            findings.add(Heuristic.DOCUMENT_TITLE_MISSING.at(Location.of("head", "")));
        }
        landmarks(document, findings);
        return new Inspection(tree, findings, List.of(), new HtmlOutlineReader().read(document), Optional.empty(),
                Optional.empty());
    }

    private static void landmarks(Document document, List<Finding> findings) {
        if (document.select("main, [role=main]").isEmpty()) {
            findings.add(Heuristic.MAIN_LANDMARK_MISSING.at(Location.of("body", "")));
            return;
        }
        List<TextNode> outside = outsideText(document.body());
        if (!outside.isEmpty()) {
            TextNode first = outside.get(0);
            findings.add(Heuristic.CONTENT_OUTSIDE_LANDMARKS.at(Location.of(first.parent().normalName(), first.text())));
        }
    }

    /**
     * Visible text of an element outside any landmark: its own and that of children that are none. Links to a
     * place on the same page are skip links, which belong before the landmarks (axe-core's region rule agrees).
     */
    private static List<TextNode> outsideText(Element element) {
        List<TextNode> texts = new ArrayList<>(element.textNodes().stream().filter(t -> !t.isBlank()).toList());
        for (Element child : element.children()) {
            boolean skipLink = child.nameIs("a") && child.attr("href").startsWith("#");
            if (!skipLink && !isLandmark(child) && !hidden(child) && !NOT_CONTENT.contains(child.normalName())) {
                texts.addAll(outsideText(child));
            }
        }
        return texts;
    }

    private static boolean isLandmark(Element element) {
        return LANDMARKS.contains(element.normalName()) || LANDMARK_ROLES.contains(element.attr("role"));
    }

    private static boolean hidden(Element element) {
        return element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")
                || element.attr("style").replace(" ", "").contains("display:none");
    }

    private List<AccessibleNode> kids(Element parent) {
        List<AccessibleNode> kids = new ArrayList<>();
        for (Element child : parent.children()) {
            if (!hidden(child) && !NOT_CONTENT.contains(child.normalName())) {
                kids.addAll(node(child));
            }
        }
        return kids;
    }

    /** The node an element is, or its children's nodes when it is only a container. */
    private List<AccessibleNode> node(Element element) {
        String tag = element.normalName();
        String role = element.attr("role");
        if (tag.equals("img") || tag.equals("svg") || tag.equals("area") || role.equals("img")
                || (tag.equals("input") && element.attr("type").equalsIgnoreCase("image"))) {
            return decorative(element) ? List.of() : List.of(leaf(Role.FIGURE, element).named(imageName(element)));
        }
        if (tag.equals("figure") && element.selectFirst("> blockquote") != null) {
            return List.of(quoteWithCaption(element));
        }
        Role mapped = roleOf(element);
        if (mapped == null) {
            List<AccessibleNode> kids = kids(element);
            return element.hasAttr("lang") ? List.of(container(Role.SPAN, element, kids)) : kids;
        }
        AccessibleNode node = container(mapped, element, kids(element));
        if (mapped == Role.HEADING) {
            node = node.atLevel(role.equals("heading") ? ariaLevel(element) : tag.charAt(1) - '0');
        } else if (mapped == Role.LINK) {
            node = node.named(name(element));
        }
        return List.of(node);
    }

    /** A figure around a blockquote is one quotation, its figcaption the attribution read after the words. */
    private AccessibleNode quoteWithCaption(Element figure) {
        List<AccessibleNode> parts = new ArrayList<>(kids(figure.selectFirst("> blockquote")));
        Element caption = figure.selectFirst("> figcaption");
        if (caption != null) {
            parts.add(container(Role.PARAGRAPH, caption, kids(caption)));
        }
        return container(Role.QUOTE, figure, parts);
    }

    private static Role roleOf(Element element) {
        String role = element.attr("role");
        if (role.equals("heading")) {
            return Role.HEADING;
        }
        if (role.equals("presentation") || role.equals("none")) {
            return null;
        }
        switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                return Role.HEADING;
            case "p":
                return Role.PARAGRAPH;
            case "blockquote":
                return Role.QUOTE;
            case "ul", "ol":
                return Role.LIST;
            case "li":
                return Role.LIST_ITEM;
            case "table":
                return Role.TABLE;
            case "tr":
                return Role.TABLE_ROW;
            case "th":
                return Role.TABLE_HEADER;
            case "td":
                return Role.TABLE_CELL;
            case "a":
                return element.hasAttr("href") ? Role.LINK : null;
            default:
                return null;
        }
    }

    private AccessibleNode container(Role role, Element element, List<AccessibleNode> kids) {
        return AccessibleNode.of(role, element.normalName(), textWithBreaks(element), kids).inLanguage(element.attr("lang"));
    }

    private static AccessibleNode leaf(Role role, Element element) {
        return AccessibleNode.of(role, describe(element), "", List.of()).inLanguage(element.attr("lang"));
    }

    /** An element's visible text with a line break for each br, as the lines a sighted reader sees. */
    private static String textWithBreaks(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element child && !hidden(child) && !NOT_CONTENT.contains(child.normalName())) {
                out.append(child.nameIs("br") ? "\n" : textWithBreaks(child));
                if (child.isBlock()) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String describe(Element element) {
        String tag = element.normalName();
        if (tag.equals("input")) {
            return "input type=image";
        }
        return element.hasAttr("role") ? tag + " role=" + element.attr("role") : tag;
    }

    /** An empty alt, role=presentation/none or aria-hidden take an image out of the accessibility tree. */
    private static boolean decorative(Element image) {
        String role = image.attr("role");
        return role.equals("presentation") || role.equals("none") || image.attr("aria-hidden").equals("true")
                || (image.nameIs("img") && image.hasAttr("alt") && image.attr("alt").isBlank()
                    && !image.hasAttr("aria-label") && !image.hasAttr("aria-labelledby"));
    }

    /**
     * The accessible name of an image in the order of the HTML-AAM computation: aria-labelledby, aria-label, then
     * the host language's own (alt for img, area and input type=image; an svg's title child), then title.
     */
    private String imageName(Element image) {
        String aria = ariaName(image);
        if (!aria.isEmpty()) {
            return aria;
        }
        if (image.nameIs("img") || image.nameIs("area") || image.nameIs("input")) {
            if (!image.attr("alt").isBlank()) {
                return image.attr("alt");
            }
        } else if (image.nameIs("svg")) {
            Element title = image.selectFirst("> title");
            if (title != null && !title.text().isBlank()) {
                return title.text();
            }
        }
        return image.attr("title");
    }

    /** A link's accessible name: aria-labelledby, aria-label, its text with the names of images in it, title. */
    private String name(Element link) {
        String aria = ariaName(link);
        if (!aria.isEmpty()) {
            return aria;
        }
        StringBuilder content = new StringBuilder(link.text());
        for (Element image : link.select("img, svg, [role=img]")) {
            if (!decorative(image)) {
                content.append(' ').append(imageName(image));
            }
        }
        String name = content.toString().strip();
        return name.isEmpty() ? link.attr("title") : name;
    }

    /** The name ARIA gives, which overrides every other: aria-labelledby's targets' text, else aria-label. */
    private String ariaName(Element element) {
        String labelled = Arrays.stream(element.attr("aria-labelledby").split("\\s+"))
                .filter(id -> !id.isBlank())
                .map(document::getElementById)
                .filter(Objects::nonNull)
                .map(Element::text)
                .reduce((a, b) -> a + " " + b)
                .orElse("")
                .strip();
        return labelled.isEmpty() ? element.attr("aria-label").strip() : labelled;
    }

    private static int ariaLevel(Element heading) {
        String level = heading.attr("aria-level");
        // ARIA's default level for role="heading" is 2.
        return level.matches("[1-9]") ? Integer.parseInt(level) : 2;
    }
}
