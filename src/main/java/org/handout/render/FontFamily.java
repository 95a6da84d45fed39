package org.handout.render;

import java.util.List;

/**
 * One bundled font family: its name, the kind of text Word assigns it to, and its face files
 * (paths under {@code styles/fonts/}).
 */
public record FontFamily(String name, Kind kind, List<String> faceFiles) {

    /** Word picks a run's font by the kind of character: {@code w:ascii}/{@code w:hAnsi}, {@code w:eastAsia}, {@code w:cs}. */
    public enum Kind { LATIN, EAST_ASIAN, COMPLEX }

    public FontFamily {
        faceFiles = List.copyOf(faceFiles);
    }
}
