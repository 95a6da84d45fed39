package org.handout.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.handout.convention.HtmlPage;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.model.Metadata;
import org.handout.render.PageWords;
import org.handout.render.RefusedHandout;
import org.handout.render.WritingDirection;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The one model-to-HTML translation behind both the web page and the print HTML: the flavour
 * decides the few places where they differ, everything else is shared.
 */
public final class HtmlDocument {
    private HtmlDocument() {
    }

    /**
     * Builds the document with {@code stylesheet} inlined, so it loads nothing from anywhere.
     *
     * @throws InvalidHandoutException when an image is in a format no output can carry
     */
    public static Document build(Handout handout, HtmlFlavour flavour, String stylesheet)
            throws IOException, InvalidHandoutException {
        Metadata meta = handout.meta();
        Document document = HtmlPage.shell(meta.languageTag(), meta.title());
        document.selectFirst("html").attr("dir", WritingDirection.of(meta.lang()).html());
        Element head = document.head();
        flavour.describe(head, meta);
        meta.organization().ifPresent(organization -> HtmlFlavour.meta(head, "author", organization));
        if (!meta.keywords().isEmpty()) {
            HtmlFlavour.meta(head, "keywords", String.join(", ", meta.keywords()));
        }
        head.appendElement("style").appendChild(new DataNode(stylesheet));

        Element content = flavour.frame(document.body(), meta);
        try {
            new BlockWriter(flavour, handout.source(), content, PageWords.of(meta.lang())).appendAll(handout.body());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RefusedHandout e) {
            throw e.problem();
        }
        return document;
    }
}
