package org.handout.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;

/**
 * Writes one format of a handout. Renderers write to a stream so the caller decides where the
 * bytes go (a temporary file that is moved into place once complete and checked).
 */
public interface Renderer {
    void write(Handout handout, Profile profile, OutputStream out) throws IOException, InvalidHandoutException;

    /** Why this format cannot be made for the handout at all (its script, say), or empty when it can. */
    default Optional<String> unavailableFor(Handout handout) {
        return Optional.empty();
    }
}
