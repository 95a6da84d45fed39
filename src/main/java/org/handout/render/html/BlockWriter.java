package org.handout.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.handout.model.Block;
import org.handout.model.BlockVisitor;
import org.handout.model.Heading;
import org.handout.model.Image;
import org.handout.model.Inline;
import org.handout.model.InvalidHandoutException;
import org.handout.model.ListBlock;
import org.handout.model.ListItem;
import org.handout.model.Note;
import org.handout.model.Paragraph;
import org.handout.model.Quote;
import org.handout.model.Table;
import org.handout.model.TableCell;
import org.handout.render.RefusedHandout;
import org.handout.render.PageWords;
import org.jsoup.nodes.Element;

/** Appends blocks to an element as semantic HTML, shaped by the flavour where web and print differ. */
final class BlockWriter implements BlockVisitor<Void> {
    private final HtmlFlavour flavour;
    private final Path source;
    private final Element parent;
    private final PageWords words;

    BlockWriter(HtmlFlavour flavour, Path source, Element parent, PageWords words) {
        this.flavour = flavour;
        this.source = source;
        this.parent = parent;
        this.words = words;
    }

    void appendAll(List<Block> blocks) {
        blocks.forEach(block -> block.accept(this));
    }

    private BlockWriter into(Element element) {
        return new BlockWriter(flavour, source, element, words);
    }

    @Override
    public Void heading(Heading heading) {
        InlineWriter.append(parent.appendElement("h" + heading.level()), heading.text())
                .attr("id", HeadingIds.of(heading));
        return null;
    }

    @Override
    public Void paragraph(Paragraph paragraph) {
        Element p = parent.appendElement("p");
        paragraph.lang().ifPresent(language -> InlineWriter.inLanguage(p, language));
        InlineWriter.append(p, paragraph.text());
        return null;
    }

    @Override
    public Void quote(Quote quote) {
        Element blockquote = flavour.quote(parent, quote.attribution().isPresent());
        into(blockquote).appendAll(quote.body());
        quote.attribution().ifPresent(attribution ->
                InlineWriter.append(flavour.attribution(blockquote).appendText("— "), attribution));
        return null;
    }

    @Override
    public Void list(ListBlock list) {
        Element element = parent.appendElement(list.ordered() ? "ol" : "ul");
        if (list.ordered() && list.start() != 1) {
            element.attr("start", Integer.toString(list.start()));
        }
        for (ListItem item : list.items()) {
            into(element.appendElement("li")).appendAll(item.body());
        }
        return null;
    }

    @Override
    public Void image(Image image) {
        EmbeddedImage embedded;
        try {
            embedded = EmbeddedImage.of(source, image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidHandoutException e) {
            throw new RefusedHandout(e);
        }
        Element figure = parent.appendElement("p").addClass("figure");
        if (image.decorative()) {
            flavour.decorativeImage(figure, embedded);
        } else {
            figure.appendElement("img").attr("src", embedded.dataUri()).attr("alt", image.alt());
        }
        return null;
    }

    @Override
    public Void table(Table table) {
        Element element = parent.appendElement("table");
        // PDF/UA (veraPDF 7.2-13/14) wants a TBody beside any THead, and an empty tbody yields no tag,
        // so a table that is only its header row keeps that row in the body.
        Element headerSection = element.appendElement(table.rows().isEmpty() ? "tbody" : "thead");
        Element headerRow = headerSection.appendElement("tr");
        for (TableCell cell : table.header()) {
            InlineWriter.append(cell(headerRow, "th", cell).attr("scope", "col"), cell.content());
        }
        Element body = table.rows().isEmpty() ? headerSection : element.appendElement("tbody");
        for (List<TableCell> row : table.rows()) {
            Element tr = body.appendElement("tr");
            // The web style sheet stacks a narrow table into one block per row, each cell led by
            // its column's header, so words in cells need not break.
            for (int column = 0; column < row.size(); column++) {
                Element td = cell(tr, "td", row.get(column))
                        .attr("data-label", Inline.plainText(table.header().get(column).content()));
                InlineWriter.append(td, row.get(column).content());
            }
        }
        return null;
    }

    private static Element cell(Element row, String tag, TableCell cell) {
        Element element = row.appendElement(tag);
        if (LongRuns.holdsOne(cell.plainText())) {
            element.addClass(LongRuns.CELL_CLASS);
        }
        return element;
    }

    @Override
    public Void note(Note note) {
        String label = words.label(note.kind());
        Element box = flavour.note(parent, label)
                .addClass("note")
                .addClass("note-" + note.kind().name().toLowerCase(Locale.ROOT));
        box.appendElement("p").addClass("note-label").appendElement("strong").text(label);
        into(box).appendAll(note.body());
        return null;
    }
}
