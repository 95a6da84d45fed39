package org.handout.check.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.handout.check.FoundText;
import org.handout.check.TextBlocks;
import org.handout.check.TextReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * Reads the text of an HTML page in document order, as a screen reader walks the DOM: inside the main landmark
 * when there is exactly one (the skip link and the footer around it are page furniture), skipping what is
 * hidden from assistive technology. Stateless and thread-safe.
 */
public final class HtmlTextReader implements TextReader {
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "head");
    private static final Set<String> LISTS = Set.of("ul", "ol");

    @Override
    public FoundText read(Path file) throws IOException {
        return read(Jsoup.parse(file.toFile(), null));
    }

    public FoundText read(Document document) {
        Elements main = document.select("main, [role=main]");
        Walk walk = new Walk();
        walk.children(main.size() == 1 ? main.first() : document.body());
        return FoundText.of(walk.blocks.blocks());
    }

    /** One pass over one document. */
    private static final class Walk {
        private final TextBlocks blocks = new TextBlocks();

        /**
         * A container's content: runs of inline content between block children are paragraphs, as a browser
         * makes anonymous blocks of them.
         */
        void children(Element container) {
            List<Node> inline = new ArrayList<>();
            for (Node node : container.childNodes()) {
                if (node instanceof Element element && block(element)) {
                    loose(inline);
                    inline.clear();
                    element(element);
                } else {
                    inline.add(node);
                }
            }
            loose(inline);
        }

        private void loose(List<Node> inline) {
            Element run = new Element("p");
            inline.forEach(node -> run.appendChild(node.clone()));
            if (!run.text().isBlank() || !run.select("img").isEmpty()) {
                paragraph(run);
            }
        }

        private static boolean block(Element element) {
            return switch (element.normalName()) {
                case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "aside",
                        "section", "article", "ul", "ol", "li", "table", "header", "footer", "nav", "main" -> true;
                default -> SKIPPED.contains(element.normalName()) || hidden(element);
            };
        }

        private static boolean hidden(Element element) {
            return element.hasAttr("hidden") || element.attr("aria-hidden").equals("true");
        }

        private void element(Element element) {
            if (SKIPPED.contains(element.normalName()) || hidden(element)) {
                return;
            }
            String name = element.normalName();
            if (name.matches("h[1-6]") || element.attr("role").equals("heading")) {
                blocks.heading(element.text());
                targets(element);
            } else if (name.equals("p") && element.hasClass("note-label")) {
                blocks.callOutLabel(element.text());
            } else if (name.equals("p") && element.hasClass("attribution") || name.equals("figcaption")) {
                blocks.attribution(element.text());
                targets(element);
            } else if (name.equals("p")) {
                paragraph(element);
            } else if (name.equals("figure") && element.selectFirst("> blockquote") != null) {
                blocks.openQuote();
                children(element.selectFirst("> blockquote"));
                Element caption = element.selectFirst("> figcaption");
                if (caption != null) {
                    element(caption);
                }
                blocks.close();
            } else if (name.equals("blockquote")) {
                within(element, blocks::openQuote);
            } else if (name.equals("aside") || element.hasClass("note")) {
                within(element, blocks::openCallOut);
            } else if (LISTS.contains(name)) {
                blocks.openList();
                element.children().stream().filter(child -> child.nameIs("li")).forEach(item -> within(item, blocks::openItem));
                blocks.close();
            } else if (name.equals("table")) {
                table(element);
            } else {
                children(element);
            }
        }

        private void within(Element element, Runnable open) {
            open.run();
            children(element);
            blocks.close();
        }

        /** A paragraph's words, then the alt text of its informative images and the targets of its links. */
        private void paragraph(Element paragraph) {
            if (!paragraph.text().isBlank()) {
                blocks.paragraph(paragraph.text());
            }
            for (Element img : paragraph.select("img")) {
                if (!decorative(img) && img.closest("[hidden], [aria-hidden=true]") == null) {
                    blocks.image(img.attr("alt"));
                }
            }
            targets(paragraph);
        }

        private static boolean decorative(Element img) {
            String role = img.attr("role");
            return img.attr("alt").isBlank() || role.equals("presentation") || role.equals("none");
        }

        private void targets(Element element) {
            element.select("a[href]").forEach(link -> blocks.linkTarget(link.attr("href")));
        }

        private void table(Element table) {
            List<String> header = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (Element row : table.select("tr")) {
                if (row.closest("table") != table) {
                    continue;
                }
                Elements cells = row.select("> th, > td");
                if (header.isEmpty() && rows.isEmpty() && cells.stream().allMatch(cell -> cell.nameIs("th"))) {
                    header.addAll(cells.eachText());
                } else {
                    rows.add(cells.stream().map(Element::text).toList());
                }
            }
            blocks.table(header, rows);
            targets(table);
        }
    }
}
