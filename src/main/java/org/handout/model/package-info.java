/**
 * The handout as immutable records: {@code Block} (Heading, Paragraph, Quote, ListBlock, Image,
 * Table, Note) and {@code Inline} (Text, Emphasis, Strong, Code, Link, LineBreak, and
 * LanguagePart for words in another language), their visitors and the {@code TreeWalk} that
 * visits children by default, and the conventions of the content itself (the attribution
 * dash). Depends on nothing.
 */
package org.handout.model;
