package org.handout.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.handout.model.Block;
import org.handout.model.Heading;
import org.handout.render.html.HeadingIds;
import org.jsoup.nodes.Element;

/** OpenHTMLtoPDF's {@code <bookmarks>} element: one bookmark per heading, nested by level. */
final class Bookmarks {
    private Bookmarks() {
    }

    static void appendTo(Element head, List<Block> body) {
        Element root = head.appendElement("bookmarks");
        Deque<Level> open = new ArrayDeque<>();
        for (Block block : body) {
            if (block instanceof Heading heading) {
                while (!open.isEmpty() && open.peek().level() >= heading.level()) {
                    open.pop();
                }
                Element parent = open.isEmpty() ? root : open.peek().element();
                Element bookmark = parent.appendElement("bookmark")
                        .attr("name", heading.plainText())
                        .attr("href", "#" + HeadingIds.of(heading));
                open.push(new Level(heading.level(), bookmark));
            }
        }
    }

    private record Level(int level, Element element) {
    }
}
