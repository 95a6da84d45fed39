package org.handout.model;

/** A block of a handout's body. Renderers and readers handle every kind through {@link BlockVisitor}. */
public sealed interface Block permits Heading, Paragraph, Quote, ListBlock, Image, Table, Note {

    /** Where the block starts in the source, for error messages. */
    SourceSpan at();

    <R> R accept(BlockVisitor<R> visitor);
}
