package org.handout.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.handout.model.Inline;
import org.handout.model.LineBreak;
import org.handout.model.SourceSpan;

/**
 * Builds the model's inline runs from commonmark's inline nodes, with the input rules for
 * them: only http, https, mailto and tel links are kept, raw HTML is text, an image may not sit
 * inside a sentence.
 */
final class InlineConverter {
    private static final List<String> LINK_SCHEMES = List.of("http:", "https:", "mailto:", "tel:");

    private final SourceLocations source;

    InlineConverter(SourceLocations source) {
        this.source = source;
    }

    /** The runs of text under {@code parent}, a heading, table cell or inline node, with their phrases in other languages. */
    List<Inline> of(Node parent) throws SourceProblem {
        List<Inline> runs = LanguageMarks.phrases(runs(parent));
        LanguageMarks.refuseStray(runs, source.at(parent));
        return runs;
    }

    /** A paragraph's runs, and its own language when a mark ends it. */
    LanguageMarks.MarkedParagraph paragraph(Node paragraph) throws SourceProblem {
        SourceSpan at = source.at(paragraph);
        LanguageMarks.MarkedParagraph marked = LanguageMarks.paragraph(LanguageMarks.phrases(runs(paragraph)));
        LanguageMarks.refuseStray(marked.text(), at);
        if (marked.lang().isPresent() && Inline.plainText(marked.text()).isBlank()) {
            throw new SourceProblem(at, "a language mark ends a paragraph with no words; "
                    + "put it at the end of the paragraph it names");
        }
        return marked;
    }

    private List<Inline> runs(Node parent) throws SourceProblem {
        List<Inline> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            SourceSpan at = source.at(n);
            if (n instanceof Text t) {
                LanguageMarks.checkTags(t.getLiteral(), at);
                appendText(out, t.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                appendText(out, " ");
            } else if (n instanceof HardLineBreak) {
                out.add(new LineBreak());
            } else if (n instanceof Code c) {
                out.add(new org.handout.model.Code(c.getLiteral()));
            } else if (n instanceof Emphasis e) {
                out.add(new org.handout.model.Emphasis(runs(e)));
            } else if (n instanceof StrongEmphasis s) {
                out.add(new org.handout.model.Strong(runs(s)));
            } else if (n instanceof Link l) {
                out.addAll(link(l, at));
            } else if (n instanceof HtmlInline html) {
                source.warn(at, "raw HTML '" + html.getLiteral() + "' is shown as text, not run as markup");
                appendText(out, html.getLiteral());
            } else if (n instanceof Image) {
                throw new SourceProblem(at, "an image must stand in its own paragraph; put a blank line before and after it");
            } else {
                throw new SourceProblem(at, "unsupported Markdown element " + n.getClass().getSimpleName());
            }
        }
        return out;
    }

    private List<Inline> link(Link link, SourceSpan at) throws SourceProblem {
        List<Inline> content = runs(link);
        String target = link.getDestination().strip();
        String lower = target.toLowerCase(Locale.ROOT);
        if (LINK_SCHEMES.stream().anyMatch(lower::startsWith)) {
            return List.of(new org.handout.model.Link(target, content));
        }
        source.warn(at, "link to '" + target + "' dropped (only http, https, mailto and tel links are kept); its text stays");
        return content;
    }

    /** Adjacent text runs are merged so renderers and readers see words, not parser fragments. */
    private static void appendText(List<Inline> out, String text) {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof org.handout.model.Text previous) {
            out.set(out.size() - 1, new org.handout.model.Text(previous.text() + text));
        } else {
            out.add(new org.handout.model.Text(text));
        }
    }
}
