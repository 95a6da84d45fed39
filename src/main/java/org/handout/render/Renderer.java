package org.handout.render;

import java.io.IOException;
import java.io.OutputStream;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;

/**
 * Writes one format of a handout. Renderers write to a stream so the caller decides where the
 * bytes go (a temporary file that is moved into place once complete and checked).
 */
public interface Renderer {
    void write(Handout handout, Profile profile, OutputStream out) throws IOException, InvalidHandoutException;
}
