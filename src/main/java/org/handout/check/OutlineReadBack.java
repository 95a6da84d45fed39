package org.handout.check;

import org.handout.model.Handout;

/** A file read back into the outline a reader finds in it, held to the outline its source must carry. */
public interface OutlineReadBack extends ReadBack {
    Outline outline();

    @Override
    default Fidelity fidelity(Handout handout) {
        return Fidelity.ofOutlines(Outline.of(handout), outline());
    }
}
