package org.handout.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.handout.model.Handout;
import org.handout.model.Heading;
import org.handout.model.Image;
import org.handout.model.Inline;
import org.handout.model.LanguagePart;
import org.handout.model.Link;
import org.handout.model.ListBlock;
import org.handout.model.ListItem;
import org.handout.model.Paragraph;
import org.handout.model.Quote;
import org.handout.model.Table;
import org.handout.model.TableCell;
import org.handout.model.TextWalk;

/**
 * What must survive every format: the model produces the expected outline, each format's
 * reader produces the found one from a file, and {@link OutlineComparison} names the differences.
 * Texts are as found; normalisation happens in the comparison.
 */
public record Outline(String title, String lang, List<HeadingEntry> headings, List<QuoteEntry> quotes,
                      List<ListEntry> items, List<ImageEntry> images, List<TableEntry> tables, List<LinkEntry> links,
                      List<PartEntry> parts) {

    public Outline {
        headings = List.copyOf(headings);
        quotes = List.copyOf(quotes);
        items = List.copyOf(items);
        images = List.copyOf(images);
        tables = List.copyOf(tables);
        links = List.copyOf(links);
        parts = List.copyOf(parts);
    }

    /** An outline with no text in another language than the document's. */
    public Outline(String title, String lang, List<HeadingEntry> headings, List<QuoteEntry> quotes,
                   List<ListEntry> items, List<ImageEntry> images, List<TableEntry> tables, List<LinkEntry> links) {
        this(title, lang, headings, quotes, items, images, tables, links, List.of());
    }

    /**
     * The outline as a person reads it: a PDF line end shown without a space ({@link ReadingWords#UNSPACED_LINE_END},
     * which only a comparison with the source can resolve) as a space.
     */
    public Outline asRead() {
        UnaryOperator<String> read = text -> text.replace(ReadingWords.UNSPACED_LINE_END, ' ');
        return new Outline(read.apply(title), lang,
                headings.stream().map(h -> new HeadingEntry(h.level(), read.apply(h.text()))).toList(),
                quotes.stream().map(q -> new QuoteEntry(read.apply(q.text()), q.attribution().map(read))).toList(),
                items.stream().map(i -> new ListEntry(read.apply(i.text()), i.depth())).toList(),
                images,
                tables.stream().map(t -> new TableEntry(t.headers().stream().map(read).toList())).toList(),
                links.stream().map(l -> new LinkEntry(read.apply(l.text()), l.target())).toList(),
                parts.stream().map(p -> new PartEntry(p.lang(), read.apply(p.text()))).toList());
    }

    public record HeadingEntry(int level, String text) {
    }

    /** A quotation's text (its paragraphs joined by a space) and its attribution without the dash. */
    public record QuoteEntry(String text, Optional<String> attribution) {
    }

    /** A list item's own text; depth 1 for a top-level list, 2 for a list nested in an item, … */
    public record ListEntry(String text, int depth) {
    }

    public record ImageEntry(String alt, boolean decorative) {
    }

    public record TableEntry(List<String> headers) {
        public TableEntry {
            headers = List.copyOf(headers);
        }
    }

    public record LinkEntry(String text, String target) {
    }

    /**
     * Text in another language than the document's, with that language's tag: the source's
     * paragraphs and phrases so marked, as one run of text per stretch in one language (a phrase
     * nested in a paragraph in another language splits it in three).
     */
    public record PartEntry(String lang, String text) {
    }

    /**
     * Collects an outline's entries in reading order while a reader or the model walks a
     * document; one builder per walk, not shared between threads.
     */
    public static final class Builder {
        private final List<HeadingEntry> headings = new ArrayList<>();
        private final List<QuoteEntry> quotes = new ArrayList<>();
        private final List<ListEntry> items = new ArrayList<>();
        private final List<ImageEntry> images = new ArrayList<>();
        private final List<TableEntry> tables = new ArrayList<>();
        private final List<LinkEntry> links = new ArrayList<>();
        private final List<PartEntry> parts = new ArrayList<>();

        public Builder add(HeadingEntry heading) {
            headings.add(heading);
            return this;
        }

        public Builder add(QuoteEntry quote) {
            quotes.add(quote);
            return this;
        }

        /**
         * Adds a quote and returns its place, for a reader that learns the rest of the quotation later: its
         * paragraphs after a block nested in it, its attribution.
         */
        public int addQuote(QuoteEntry quote) {
            quotes.add(quote);
            return quotes.size() - 1;
        }

        /** Replaces the quote at a place {@link #addQuote} returned. */
        public Builder replaceQuote(int place, QuoteEntry quote) {
            quotes.set(place, quote);
            return this;
        }

        public Builder add(ListEntry item) {
            items.add(item);
            return this;
        }

        /**
         * Adds a paragraph found after a nested list to the item at {@code depth} it belongs to,
         * the latest one unless a shallower item came after it. With no such item the text is
         * left out, and the comparison names it missing.
         */
        public Builder continueItem(int depth, String text) {
            for (int i = items.size() - 1; i >= 0 && items.get(i).depth() >= depth; i--) {
                if (items.get(i).depth() == depth) {
                    String joined = items.get(i).text().isEmpty() ? text : items.get(i).text() + " " + text;
                    items.set(i, new ListEntry(joined, depth));
                    return this;
                }
            }
            return this;
        }

        public Builder add(ImageEntry image) {
            images.add(image);
            return this;
        }

        public Builder add(TableEntry table) {
            tables.add(table);
            return this;
        }

        public Builder add(LinkEntry link) {
            links.add(link);
            return this;
        }

        /** Replaces the link added last: a reader may find one link in pieces, e.g. one per line. */
        public Builder replaceLastLink(LinkEntry link) {
            links.set(links.size() - 1, link);
            return this;
        }

        public Builder add(PartEntry part) {
            parts.add(part);
            return this;
        }

        /** The outline; text found in the document's own language is no part (a PDF tags its Document element with it). */
        public Outline build(String title, String lang) {
            return new Outline(title, lang, headings, quotes, items, images, tables, links,
                    parts.stream().filter(part -> !part.lang().equalsIgnoreCase(lang)).toList());
        }
    }

    /** The outline every output of this handout must have. */
    public static Outline of(Handout handout) {
        Collector collector = new Collector(handout.meta().languageTag());
        collector.blocks(handout.body());
        return collector.outline.build(handout.meta().title(), handout.meta().languageTag());
    }

    /** Walks the body in reading order, recording every element an outline tracks. */
    private static final class Collector implements TextWalk {
        private final Builder outline = new Builder();
        private int depth;
        private final String documentLanguage;
        /** The language of the text being walked, and its text so far while that is another than the document's. */
        private String language;
        private final StringBuilder part = new StringBuilder();

        Collector(String documentLanguage) {
            this.documentLanguage = documentLanguage;
            this.language = documentLanguage;
        }

        @Override
        public Void paragraph(Paragraph paragraph) {
            inLanguage(paragraph.lang().map(Locale::toLanguageTag).orElse(language), () -> TextWalk.super.paragraph(paragraph));
            return null;
        }

        @Override
        public Void languagePart(LanguagePart part) {
            inLanguage(part.languageTag(), () -> TextWalk.super.languagePart(part));
            return null;
        }

        @Override
        public void words(String text) {
            part.append(text);
        }

        /** Walks text in {@code lang}: what was read before in another language ends there, and so does this. */
        private void inLanguage(String lang, Runnable walk) {
            String around = language;
            endPart();
            language = lang;
            walk.run();
            endPart();
            language = around;
        }

        private void endPart() {
            if (!language.equalsIgnoreCase(documentLanguage) && !part.toString().isBlank()) {
                outline.add(new PartEntry(language, part.toString().strip()));
            }
            part.setLength(0);
        }

        @Override
        public Void heading(Heading heading) {
            outline.add(new HeadingEntry(heading.level(), heading.plainText()));
            return TextWalk.super.heading(heading);
        }

        @Override
        public Void quote(Quote quote) {
            List<String> paragraphs = quote.body().stream()
                    .filter(Paragraph.class::isInstance)
                    .map(b -> ((Paragraph) b).plainText())
                    .toList();
            outline.add(new QuoteEntry(String.join(" ", paragraphs), quote.attributionText()));
            return TextWalk.super.quote(quote);
        }

        @Override
        public Void list(ListBlock list) {
            depth++;
            for (ListItem item : list.items()) {
                outline.add(new ListEntry(item.plainText(), depth));
                blocks(item.body());
            }
            depth--;
            return null;
        }

        @Override
        public Void image(Image image) {
            outline.add(new ImageEntry(image.alt(), image.decorative()));
            return null;
        }

        @Override
        public Void table(Table table) {
            outline.add(new TableEntry(table.header().stream().map(TableCell::plainText).toList()));
            return TextWalk.super.table(table);
        }

        @Override
        public Void link(Link link) {
            outline.add(new LinkEntry(Inline.plainText(link.content()), link.target()));
            return TextWalk.super.link(link);
        }
    }
}
