package org.handout.check.html;

import java.io.IOException;
import java.nio.file.Path;
import org.handout.check.FoundText;
import org.handout.check.Outline;
import org.handout.check.OutlineReadBack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** An HTML file read back: one parse serves its outline and its text (a web page has no pages). */
public record HtmlReadBack(Outline outline, FoundText text) implements OutlineReadBack {
    private static final HtmlOutlineReader OUTLINE = new HtmlOutlineReader();
    private static final HtmlTextReader TEXT = new HtmlTextReader();

    public static HtmlReadBack read(Path file) throws IOException {
        Document document = Jsoup.parse(file.toFile(), null);
        return new HtmlReadBack(OUTLINE.read(document), TEXT.read(document));
    }

    @Override
    public int pages() {
        return 0;
    }
}
