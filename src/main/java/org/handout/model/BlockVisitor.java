package org.handout.model;

/**
 * One method per block kind. Java 17 has no pattern-matching switch, so the visitor is what
 * makes a new block kind a compile error in every renderer and reader that does not handle it.
 */
public interface BlockVisitor<R> {
    R heading(Heading heading);

    R paragraph(Paragraph paragraph);

    R quote(Quote quote);

    R list(ListBlock list);

    R image(Image image);

    R table(Table table);

    R note(Note note);
}
