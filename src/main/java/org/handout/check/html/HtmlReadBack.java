package org.handout.check.html;

import java.io.IOException;
import java.nio.file.Path;
import org.handout.check.Outline;
import org.handout.check.ReadBack;

/** An HTML file read back: its outline (a web page has no pages). */
public record HtmlReadBack(Outline outline) implements ReadBack {
    private static final HtmlOutlineReader OUTLINE = new HtmlOutlineReader();

    public static HtmlReadBack read(Path file) throws IOException {
        return new HtmlReadBack(OUTLINE.read(file));
    }

    @Override
    public int pages() {
        return 0;
    }
}
