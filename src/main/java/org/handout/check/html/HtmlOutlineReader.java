package org.handout.check.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handout.check.Outline;
import org.handout.check.Outline.HeadingEntry;
import org.handout.check.Outline.ImageEntry;
import org.handout.check.Outline.LinkEntry;
import org.handout.check.Outline.ListEntry;
import org.handout.check.Outline.PartEntry;
import org.handout.check.Outline.QuoteEntry;
import org.handout.check.Outline.TableEntry;
import org.handout.check.OutlineReader;
import org.handout.model.AttributionDash;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the outline of any HTML page, ours or a vendor's, from its semantics (elements and ARIA roles), not
 * its looks: a quote is a blockquote, a heading an h1–h6 or role="heading"; what is hidden from assistive
 * technology is not read, nor is what lies outside the main landmark. Stateless and thread-safe.
 */
public final class HtmlOutlineReader implements OutlineReader {
    /**
     * Blocks nested in a quote or list item that are not its text: quotes (with the figure holding an
     * attribution), lists and tables are outline entries of their own, and a call-out's words are not the
     * quote's or the item's.
     */
    private static final String OWN_ENTRIES = "blockquote, figure, ul, ol, table, aside, [role=note], div.note";

    @Override
    public Outline read(Path file) throws IOException {
        return read(Jsoup.parse(file.toFile(), null));
    }

    public Outline read(Document document) {
        Outline.Builder outline = new Outline.Builder();
        for (Element element : content(document).select("h1, h2, h3, h4, h5, h6, [role=heading], blockquote, li, img, table, a[href]")) {
            if (hiddenFromAssistiveTechnology(element)) {
                continue;
            }
            String tag = element.normalName();
            if (element.attr("role").equals("heading")) {
                outline.add(new HeadingEntry(ariaLevel(element), element.text()));
            } else if (tag.matches("h[1-6]")) {
                outline.add(new HeadingEntry(tag.charAt(1) - '0', element.text()));
            } else if (tag.equals("blockquote")) {
                outline.add(quote(element));
            } else if (tag.equals("li")) {
                outline.add(new ListEntry(ownText(element), listDepth(element)));
            } else if (tag.equals("img")) {
                outline.add(image(element));
            } else if (tag.equals("table")) {
                outline.add(new TableEntry(headers(element)));
            } else {
                outline.add(new LinkEntry(element.text(), element.attr("href")));
            }
        }
        String lang = document.selectFirst("html") == null ? "" : document.selectFirst("html").attr("lang");
        parts(content(document), lang, outline);
        return outline.build(document.title(), lang);
    }

    /**
     * A page's content is its main landmark when it has exactly one: skip links, site navigation and footers
     * around it are page furniture, like a PDF's artifacts.
     */
    /** Each stretch of text whose nearest {@code lang} is another than the document's, in document order. */
    private static void parts(Element content, String documentLanguage, Outline.Builder outline) {
        List<PartEntry> stretches = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                Element marked = text.parent() == null ? null : text.parent().closest("[lang]");
                String lang = marked == null ? documentLanguage : marked.attr("lang");
                int last = stretches.size() - 1;
                if (last >= 0 && stretches.get(last).lang().equals(lang)) {
                    stretches.set(last, new PartEntry(lang, stretches.get(last).text() + text.getWholeText()));
                } else {
                    stretches.add(new PartEntry(lang, text.getWholeText()));
                }
            }
        }, content);
        stretches.stream()
                .filter(part -> !part.lang().equalsIgnoreCase(documentLanguage))
                .forEach(part -> outline.add(new PartEntry(part.lang(), part.text().strip())));
    }

    private static Element content(Document document) {
        Elements main = document.select("main, [role=main]");
        return main.size() == 1 ? main.first() : document;
    }

    /** Screen readers skip hidden subtrees; an image hidden this way is decorative, not absent. */
    private static boolean hiddenFromAssistiveTechnology(Element element) {
        Element hidden = element.closest("[hidden], [aria-hidden=true], template");
        return hidden != null && !(hidden == element && element.nameIs("img"));
    }

    private static int ariaLevel(Element heading) {
        String level = heading.attr("aria-level");
        // ARIA's default level for role="heading" is 2.
        return level.matches("[1-9]") ? Integer.parseInt(level) : 2;
    }

    /**
     * A quote's text is its own paragraphs; its attribution is, in order of preference, a p.attribution, a footer or
     * cite inside it, the figcaption of an enclosing figure, or a last paragraph starting with a dash.
     */
    private static QuoteEntry quote(Element blockquote) {
        Element copy = blockquote.clone();
        copy.select(OWN_ENTRIES).remove();
        Optional<String> attribution = Optional.empty();
        Element marked = attributionElement(copy);
        if (marked != null) {
            attribution = Optional.of(AttributionDash.withoutDash(marked.text()));
            marked.remove();
        } else if (figcaptionOf(blockquote) != null) {
            attribution = Optional.of(AttributionDash.withoutDash(figcaptionOf(blockquote).text()));
        } else {
            Elements paragraphs = copy.select("p");
            if (paragraphs.size() > 1) {
                Element last = paragraphs.last();
                attribution = AttributionDash.strip(last.text());
                if (attribution.isPresent()) {
                    last.remove();
                }
            }
        }
        Elements paragraphs = copy.select("p");
        String text = paragraphs.isEmpty() ? copy.text() : String.join(" ", paragraphs.eachText());
        return new QuoteEntry(text, attribution);
    }

    private static Element attributionElement(Element blockquote) {
        Element marked = blockquote.selectFirst(".attribution, footer");
        if (marked != null) {
            return marked;
        }
        Element cite = blockquote.selectFirst("cite");
        if (cite == null) {
            return null;
        }
        // "<p>— <cite>Name</cite></p>": the whole paragraph is the attribution, not only the name.
        Element paragraph = cite.closest("p");
        return paragraph != null && AttributionDash.strip(paragraph.text()).isPresent() ? paragraph : cite;
    }

    private static Element figcaptionOf(Element blockquote) {
        Element parent = blockquote.parent();
        return parent != null && parent.normalName().equals("figure") ? parent.selectFirst("> figcaption") : null;
    }

    private static int listDepth(Element item) {
        return (int) item.parents().stream().filter(parent -> parent.nameIs("ul") || parent.nameIs("ol")).count();
    }

    /** An item's own text, without the items of lists nested in it. */
    private static String ownText(Element item) {
        Element copy = item.clone();
        copy.select(OWN_ENTRIES).remove();
        return copy.text();
    }

    private static ImageEntry image(Element img) {
        String role = img.attr("role");
        boolean decorative = (img.hasAttr("alt") && img.attr("alt").isBlank())
                || role.equals("presentation") || role.equals("none") || img.attr("aria-hidden").equals("true");
        return new ImageEntry(img.attr("alt"), decorative);
    }

    private static List<String> headers(Element table) {
        Element firstRow = table.selectFirst("tr");
        return firstRow == null ? List.of() : firstRow.select("> th").eachText();
    }
}
