package org.handout.convention;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The skeleton every HTML page handout writes shares, defined once for the handout pages,
 * report.html and the library page: standards mode, the page's language, UTF-8, a viewport for
 * phones, a title, and the skip link to the main landmark. Each page adds its own description,
 * styles and content; the focus styles are in each page's stylesheet.
 */
public final class HtmlPage {
    /** The id of each page's main landmark, where the skip link leads. */
    public static final String MAIN_ID = "main";

    private HtmlPage() {
    }

    /** A page with its head's charset, viewport and title set; what else goes in the head follows them. */
    public static Document shell(String languageTag, String title) {
        Document document = Document.createShell("");
        document.outputSettings()
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true);
        document.prependChild(new DocumentType("html", "", ""));
        document.selectFirst("html").attr("lang", languageTag);
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        return document;
    }

    /** The first thing in the body for keyboard users: a link past everything to the main landmark. */
    public static Element skipLink(Element body, String text) {
        return body.appendElement("a").addClass("skip-link").attr("href", "#" + MAIN_ID).text(text);
    }
}
