package org.handout.source;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.handout.model.AttributionDash;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.ListBlock;
import org.handout.model.Note;
import org.handout.model.NoteKind;
import org.handout.model.Quote;
import org.handout.model.SourceSpan;
import org.handout.model.Table;
import org.handout.model.TableCell;

/**
 * Walks commonmark's block tree once and builds the model's blocks, with the input rules for
 * blocks: where headings may stand, images as files of the handout's folder, quotes with their
 * attribution, alerts as call-outs. Runs of text inside blocks go to {@link InlineConverter}.
 */
final class BlockConverter {
    private static final Pattern ALERT = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]");

    private final Path folder;
    private final SourceLocations source;
    private final InlineConverter inlines;

    BlockConverter(Path file, Path folder, int lineOffset) {
        this.folder = folder;
        this.source = new SourceLocations(file, lineOffset);
        this.inlines = new InlineConverter(source);
    }

    List<SourceWarning> warnings() {
        return source.warnings();
    }

    List<Block> blocks(Node parent) throws SourceProblem {
        return blocks(parent, true);
    }

    private List<Block> blocks(Node parent, boolean topLevel) throws SourceProblem {
        List<Block> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Optional<Block> block = block(node, topLevel);
            if (block.isPresent()) {
                out.add(block.get());
            }
        }
        return out;
    }

    private Optional<Block> block(Node node, boolean topLevel) throws SourceProblem {
        SourceSpan at = source.at(node);
        if (node instanceof Heading h) {
            if (!topLevel) {
                throw new SourceProblem(at, "a heading cannot stand inside a quote, list or call-out; move it out");
            }
            return Optional.of(new org.handout.model.Heading(h.getLevel(), inlines.of(h), at));
        } else if (node instanceof Paragraph p) {
            return Optional.of(paragraph(p, at));
        } else if (node instanceof BlockQuote q) {
            return Optional.of(quoteOrNote(q, at));
        } else if (node instanceof BulletList l) {
            return Optional.of(list(l, false, 1, at));
        } else if (node instanceof OrderedList l) {
            return Optional.of(list(l, true, l.getMarkerStartNumber() == null ? 1 : l.getMarkerStartNumber(), at));
        } else if (node instanceof TableBlock t) {
            return Optional.of(table(t, at));
        } else if (node instanceof HtmlBlock html) {
            source.warn(at, "raw HTML is shown as text, not run as markup");
            return Optional.of(new org.handout.model.Paragraph(
                    List.of(new org.handout.model.Text(html.getLiteral().strip())), at));
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            throw new SourceProblem(at, "code blocks are not supported in handouts; "
                    + "write the text as a paragraph, or un-indent it if the indent was not meant as code");
        } else if (node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
            return Optional.empty();
        }
        throw new SourceProblem(at, "unsupported Markdown element " + node.getClass().getSimpleName());
    }

    private Block paragraph(Paragraph p, SourceSpan at) throws SourceProblem {
        Image image = soleImage(p);
        if (image != null) {
            return image(image, source.at(image));
        }
        LanguageMarks.MarkedParagraph marked = inlines.paragraph(p);
        return new org.handout.model.Paragraph(marked.text(), at, marked.lang());
    }

    private static Image soleImage(Paragraph p) {
        Image found = null;
        for (Node child = p.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image img && found == null) {
                found = img;
            } else if (!(child instanceof Text t && t.getLiteral().isBlank()) && !(child instanceof SoftLineBreak)) {
                return null;
            }
        }
        return found;
    }

    private Block image(Image image, SourceSpan at) throws SourceProblem {
        String alt = plainText(image).strip();
        boolean decorative = alt.isEmpty() && "decorative".equalsIgnoreCase(String.valueOf(image.getTitle()).strip());
        if (alt.isEmpty() && !decorative) {
            throw new SourceProblem(at, "image '" + image.getDestination() + "' has no alt text; describe it in ![…], "
                    + "or mark it ![](file \"decorative\") if it adds no information");
        }
        Path resolved = imageFile(image.getDestination(), at);
        return new org.handout.model.Image(resolved, alt, decorative, at);
    }

    private Path imageFile(String destination, SourceSpan at) throws SourceProblem {
        String refused = "image '" + destination + "' is refused: images must be files in the handout's own folder";
        if (destination.isBlank() || destination.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || destination.startsWith("/")
                || destination.startsWith("\\")) {
            throw new SourceProblem(at, refused);
        }
        Path resolved;
        try {
            resolved = folder.resolve(destination).normalize();
        } catch (InvalidPathException e) {
            throw new SourceProblem(at, refused);
        }
        if (!resolved.startsWith(folder)) {
            throw new SourceProblem(at, refused);
        }
        if (!Files.isRegularFile(resolved)) {
            throw new SourceProblem(at, "image file '" + destination + "' not found next to the handout");
        }
        return resolved;
    }

    private Block quoteOrNote(BlockQuote quote, SourceSpan at) throws SourceProblem {
        Optional<NoteKind> kind = alertKind(quote);
        if (kind.isPresent()) {
            return new Note(kind.get(), blocks(quote, false), at);
        }
        List<Block> body = new ArrayList<>(blocks(quote, false));
        Optional<List<Inline>> attribution = Optional.empty();
        if (body.size() > 1 && body.get(body.size() - 1) instanceof org.handout.model.Paragraph last) {
            attribution = withoutAttributionDash(last.text());
            if (attribution.isPresent()) {
                body.remove(body.size() - 1);
            }
        }
        return new Quote(body, attribution, at);
    }

    /** GitHub alerts: the quote's first line is exactly {@code [!NOTE]}; it is removed from the text. */
    private static Optional<NoteKind> alertKind(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first)) {
            return Optional.empty();
        }
        StringBuilder firstLine = new StringBuilder();
        List<Node> marker = new ArrayList<>();
        for (Node n = first.getFirstChild(); n != null; n = n.getNext()) {
            marker.add(n);
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                break;
            }
            if (!(n instanceof Text t)) {
                return Optional.empty();
            }
            firstLine.append(t.getLiteral());
        }
        Matcher m = ALERT.matcher(firstLine.toString().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        marker.forEach(Node::unlink);
        if (first.getFirstChild() == null) {
            first.unlink();
        }
        return Optional.of(NoteKind.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    }

    private static Optional<List<Inline>> withoutAttributionDash(List<Inline> text) {
        if (text.isEmpty() || !(text.get(0) instanceof org.handout.model.Text first)) {
            return Optional.empty();
        }
        Matcher m = AttributionDash.PREFIX.matcher(first.text());
        if (!m.find()) {
            return Optional.empty();
        }
        List<Inline> rest = new ArrayList<>(text);
        String remainder = first.text().substring(m.end());
        if (remainder.isEmpty()) {
            rest.remove(0);
        } else {
            rest.set(0, new org.handout.model.Text(remainder));
        }
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    private ListBlock list(Node list, boolean ordered, int start, SourceSpan at) throws SourceProblem {
        List<org.handout.model.ListItem> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem item) {
                items.add(new org.handout.model.ListItem(blocks(item, false), source.at(item)));
            }
        }
        return new ListBlock(ordered, start, items, at);
    }

    private Table table(TableBlock table, SourceSpan at) throws SourceProblem {
        List<TableCell> header = List.of();
        List<List<TableCell>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<TableCell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(new TableCell(inlines.of(cell)));
                }
                if (section instanceof TableHead) {
                    header = cells;
                } else if (section instanceof TableBody) {
                    rows.add(cells);
                }
            }
        }
        return new Table(header, rows, at);
    }

    private static String plainText(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else {
                out.append(plainText(n));
            }
        }
        return out.toString();
    }

}
