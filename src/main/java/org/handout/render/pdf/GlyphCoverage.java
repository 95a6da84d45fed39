package org.handout.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.handout.model.Handout;
import org.handout.model.Heading;
import org.handout.model.Inline;
import org.handout.model.InvalidHandoutException;
import org.handout.model.LanguagePart;
import org.handout.model.Paragraph;
import org.handout.model.Quote;
import org.handout.model.SourceSpan;
import org.handout.model.Table;
import org.handout.render.FontList;
import org.handout.render.LanguageFonts;
import org.handout.model.TableCell;
import org.handout.model.TextWalk;
import org.handout.model.TreeWalk;

/**
 * Refuses a handout with a character no font of its language's list can draw. In PDF/UA mode OpenHTMLtoPDF
 * has no fallback font and silently drops such text, and the PDF still validates, so the only
 * safe place to catch it is before rendering, with the source line the editor has to fix.
 */
final class GlyphCoverage {
    private final BundledFonts fonts;

    GlyphCoverage(BundledFonts fonts) {
        this.fonts = fonts;
    }

    /** Each text against the font list of its own language: the handout's, or its paragraph's or phrase's. */
    void check(Handout handout) throws InvalidHandoutException {
        Locale language = handout.meta().lang();
        List<LocatedText> texts = new ArrayList<>();
        SourceSpan titleAt = handout.body().isEmpty() ? SourceSpan.UNKNOWN : handout.body().get(0).at();
        texts.add(new LocatedText(handout.meta().title(), titleAt, language));
        handout.meta().organization().ifPresent(organization ->
                texts.add(new LocatedText(organization, SourceSpan.UNKNOWN, language)));
        new TextCollector(texts, language).blocks(handout.body());
        for (LocatedText text : texts) {
            FontList list = LanguageFonts.bundled().of(text.lang());
            int missing = firstMissing(text.text(), list);
            if (missing >= 0) {
                throw new InvalidHandoutException(handout.source(), text.at(), describe(missing)
                        + " cannot be printed: no font for " + text.lang().toLanguageTag() + " ("
                        + list.css().replace("\"", "") + ") has a glyph for it; replace it with words or a character they have");
            }
        }
    }

    private int firstMissing(String text, FontList list) {
        return text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && !fonts.covers(list, cp))
                .findFirst()
                .orElse(-1);
    }

    private static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return "the character " + new String(Character.toChars(codePoint))
                + String.format(Locale.ROOT, " (U+%04X%s)", codePoint, name == null ? "" : " " + name);
    }

    private record LocatedText(String text, SourceSpan at, Locale lang) {
    }

    /**
     * Every piece of text the PDF draws, each with the line of the block it comes from. Alt text
     * is stored in the structure tree as a string, never drawn with a font, so images are skipped.
     */
    private static final class TextCollector implements TreeWalk {
        private final List<LocatedText> texts;
        private final Locale language;

        TextCollector(List<LocatedText> texts, Locale language) {
            this.texts = texts;
            this.language = language;
        }

        private void add(List<Inline> inlines, SourceSpan at) {
            add(inlines, at, language);
        }

        /** The runs' own text in {@code lang}, and each phrase in another language with that language's. */
        private void add(List<Inline> inlines, SourceSpan at, Locale lang) {
            StringBuilder own = new StringBuilder();
            List<LanguagePart> parts = new ArrayList<>();
            new TextWalk() {
                @Override
                public void words(String text) {
                    own.append(text);
                }

                @Override
                public Void languagePart(LanguagePart part) {
                    parts.add(part);
                    return null;
                }
            }.inlines(inlines);
            texts.add(new LocatedText(own.toString(), at, lang));
            parts.forEach(part -> add(part.content(), at, part.lang()));
        }

        @Override
        public Void heading(Heading heading) {
            add(heading.text(), heading.at());
            return null;
        }

        @Override
        public Void paragraph(Paragraph paragraph) {
            add(paragraph.text(), paragraph.at(), paragraph.lang().orElse(language));
            return null;
        }

        @Override
        public Void quote(Quote quote) {
            blocks(quote.body());
            quote.attribution().ifPresent(attribution -> add(attribution, quote.at()));
            return null;
        }

        @Override
        public Void table(Table table) {
            table.header().forEach(cell -> add(cell.content(), table.at()));
            for (List<TableCell> row : table.rows()) {
                row.forEach(cell -> add(cell.content(), table.at()));
            }
            return null;
        }
    }
}
