package org.handout.render.html;

import java.util.List;
import java.util.Locale;
import org.handout.model.Code;
import org.handout.model.Emphasis;
import org.handout.model.Inline;
import org.handout.model.InlineVisitor;
import org.handout.model.LanguagePart;
import org.handout.model.LineBreak;
import org.handout.model.Link;
import org.handout.model.Strong;
import org.handout.model.Text;
import org.handout.render.WritingDirection;
import org.jsoup.nodes.Element;

/** Appends inline runs to an element; jsoup escapes every text node. */
final class InlineWriter implements InlineVisitor<Void> {
    private final Element parent;

    private InlineWriter(Element parent) {
        this.parent = parent;
    }

    static Element append(Element parent, List<Inline> inlines) {
        InlineWriter writer = new InlineWriter(parent);
        inlines.forEach(inline -> inline.accept(writer));
        return parent;
    }

    @Override
    public Void text(Text text) {
        parent.appendText(text.text());
        return null;
    }

    @Override
    public Void emphasis(Emphasis emphasis) {
        append(parent.appendElement("em"), emphasis.content());
        return null;
    }

    @Override
    public Void strong(Strong strong) {
        append(parent.appendElement("strong"), strong.content());
        return null;
    }

    @Override
    public Void code(Code code) {
        parent.appendElement("code").text(code.text());
        return null;
    }

    @Override
    public Void link(Link link) {
        append(parent.appendElement("a").attr("href", link.target()), link.content());
        return null;
    }

    @Override
    public Void lineBreak(LineBreak lineBreak) {
        parent.appendElement("br");
        return null;
    }

    @Override
    public Void languagePart(LanguagePart part) {
        append(inLanguage(parent.appendElement("span"), part.lang()), part.content());
        return null;
    }

    /** Marks an element's text as in {@code language}, which may run the other way than the page. */
    static Element inLanguage(Element element, Locale language) {
        return element.attr("lang", language.toLanguageTag()).attr("dir", WritingDirection.of(language).html());
    }
}
