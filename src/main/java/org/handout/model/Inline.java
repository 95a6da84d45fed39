package org.handout.model;

import java.util.List;

/** A run of text inside a block. Renderers handle every kind through {@link InlineVisitor}. */
public sealed interface Inline permits Text, Emphasis, Strong, Code, Link, LineBreak, LanguagePart {

    <R> R accept(InlineVisitor<R> visitor);

    /** The text a reader hears or a search finds: markup dropped, line breaks as spaces. */
    static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        inlines.forEach(inline -> out.append(inline.accept(PlainText.INSTANCE)));
        return out.toString();
    }

    /** Flattens one inline to its words. */
    final class PlainText implements InlineVisitor<String> {
        private static final PlainText INSTANCE = new PlainText();

        private PlainText() {
        }

        @Override
        public String text(Text text) {
            return text.text();
        }

        @Override
        public String emphasis(Emphasis emphasis) {
            return plainText(emphasis.content());
        }

        @Override
        public String strong(Strong strong) {
            return plainText(strong.content());
        }

        @Override
        public String code(Code code) {
            return code.text();
        }

        @Override
        public String link(Link link) {
            return plainText(link.content());
        }

        @Override
        public String lineBreak(LineBreak lineBreak) {
            return " ";
        }

        @Override
        public String languagePart(LanguagePart part) {
            return plainText(part.content());
        }
    }
}
