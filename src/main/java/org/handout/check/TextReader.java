package org.handout.check;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one format's file back into the text it carries, in reading order. One implementation per format. */
public interface TextReader {
    FoundText read(Path file) throws IOException;
}
