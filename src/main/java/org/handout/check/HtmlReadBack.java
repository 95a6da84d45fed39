package org.handout.check;

import java.io.IOException;
import java.nio.file.Path;

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
