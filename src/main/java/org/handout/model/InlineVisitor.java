package org.handout.model;

/** One method per inline kind; see {@link BlockVisitor} for why this is a visitor. */
public interface InlineVisitor<R> {
    R text(Text text);

    R emphasis(Emphasis emphasis);

    R strong(Strong strong);

    R code(Code code);

    R link(Link link);

    R lineBreak(LineBreak lineBreak);

    R languagePart(LanguagePart part);
}
