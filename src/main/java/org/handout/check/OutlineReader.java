package org.handout.check;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one format's file back into the outline it actually carries. One implementation per format. */
public interface OutlineReader {
    Outline read(Path file) throws IOException;
}
