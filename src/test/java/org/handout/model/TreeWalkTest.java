package org.handout.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreeWalkTest {
    private static final SourceSpan AT = new SourceSpan(1, 1);

    private static Paragraph paragraph(Inline... inlines) {
        return new Paragraph(List.of(inlines), AT);
    }

    private static Link link(String target) {
        return new Link(target, List.of(new Text(target)));
    }

    /** What a collector that overrides only link() and image() finds. */
    private static List<String> linksAndImages(List<Block> body) {
        List<String> found = new ArrayList<>();
        new TreeWalk() {
            @Override
            public Void link(Link link) {
                found.add(link.target());
                return null;
            }

            @Override
            public Void image(Image image) {
                found.add(image.alt());
                return null;
            }
        }.blocks(body);
        return found;
    }

    @Test
    void aWalkReachesEveryLinkAndImageAtAnyDepthInReadingOrder() {
        ListItem item = new ListItem(List.of(
                paragraph(new Strong(List.of(new Emphasis(List.of(link("tel:1")))))),
                new ListBlock(false, 1, List.of(new ListItem(List.of(new Image(Path.of("a.png"), "map", false, AT)), AT)), AT)), AT);
        List<Block> body = List.of(
                new Heading(1, List.of(link("https://a")), AT),
                new Quote(List.of(new ListBlock(true, 1, List.of(item), AT)), Optional.of(List.of(link("https://b"))), AT),
                new Note(NoteKind.TIP, List.of(paragraph(link("mailto:c"))), AT),
                new Table(List.of(new TableCell(List.of(link("https://d")))),
                        List.of(List.of(new TableCell(List.of(link("https://e"))))), AT));

        assertThat(linksAndImages(body)).containsExactly(
                "https://a", "tel:1", "map", "https://b", "mailto:c", "https://d", "https://e");
    }

    @Test
    void aWalkThatOverridesABlockDoesNotDescendIntoIt() {
        List<String> found = new ArrayList<>();
        new TreeWalk() {
            @Override
            public Void quote(Quote quote) {
                return null;
            }

            @Override
            public Void link(Link link) {
                found.add(link.target());
                return null;
            }
        }.blocks(List.of(new Quote(List.of(paragraph(link("https://inside"))), Optional.empty(), AT),
                paragraph(link("https://outside"))));

        assertThat(found).containsExactly("https://outside");
    }
}
