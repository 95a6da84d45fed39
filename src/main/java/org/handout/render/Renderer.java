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

    /**
     * Why this format cannot be made for {@code handout} at all, e.g. "the PDF engine cannot shape
     * Devanagari script" or "handout lays out braille for English (UEB) and Spanish only"; empty when it can.
     * Most formats can always be made. The build names the language before the reason.
     */
    default Optional<String> unavailableFor(Handout handout) {
        return Optional.empty();
    }

    /**
     * The format's label for {@code handout} where it depends on the handout: braille names the
     * code of the handout's language ("Braille (Spanish grade 1)"). Empty for the format's own label.
     */
    default Optional<String> labelFor(Handout handout) {
        return Optional.empty();
    }
}
