package org.handout.model;

import java.util.List;

/**
 * A visitor that walks the whole tree: by default every method visits the node's children, in
 * reading order, and does nothing else. For collectors that look for one thing (images, links,
 * drawable text): they override only the methods for what they look for. Renderers and readers
 * implement {@link BlockVisitor} and {@link InlineVisitor} themselves, so a new kind stops them
 * compiling until they handle it; a walk inherits the new kind's default here instead.
 */
public interface TreeWalk extends BlockVisitor<Void>, InlineVisitor<Void> {

    default void blocks(List<Block> blocks) {
        blocks.forEach(block -> block.accept(this));
    }

    default void inlines(List<Inline> inlines) {
        inlines.forEach(inline -> inline.accept(this));
    }

    @Override
    default Void heading(Heading heading) {
        inlines(heading.text());
        return null;
    }

    @Override
    default Void paragraph(Paragraph paragraph) {
        inlines(paragraph.text());
        return null;
    }

    @Override
    default Void quote(Quote quote) {
        blocks(quote.body());
        quote.attribution().ifPresent(this::inlines);
        return null;
    }

    @Override
    default Void list(ListBlock list) {
        list.items().forEach(item -> blocks(item.body()));
        return null;
    }

    @Override
    default Void image(Image image) {
        return null;
    }

    @Override
    default Void table(Table table) {
        table.header().forEach(cell -> inlines(cell.content()));
        table.rows().forEach(row -> row.forEach(cell -> inlines(cell.content())));
        return null;
    }

    @Override
    default Void note(Note note) {
        blocks(note.body());
        return null;
    }

    @Override
    default Void text(Text text) {
        return null;
    }

    @Override
    default Void emphasis(Emphasis emphasis) {
        inlines(emphasis.content());
        return null;
    }

    @Override
    default Void strong(Strong strong) {
        inlines(strong.content());
        return null;
    }

    @Override
    default Void code(Code code) {
        return null;
    }

    @Override
    default Void link(Link link) {
        inlines(link.content());
        return null;
    }

    @Override
    default Void lineBreak(LineBreak lineBreak) {
        return null;
    }

    @Override
    default Void languagePart(LanguagePart part) {
        inlines(part.content());
        return null;
    }
}
