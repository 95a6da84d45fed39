package org.handout.check;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one format's file back once, into the outline it carries and whatever that format's
 * measures need, so a file is loaded once however many measures look at it.
 */
@FunctionalInterface
public interface FormatReader<R extends ReadBack> {
    R read(Path file) throws IOException;
}
