package org.handout.render;

import org.handout.model.InvalidHandoutException;

/**
 * Carries a handout problem (an image a format cannot hold, say) out of a block visitor, whose
 * methods cannot throw checked exceptions; the renderer catches it and rethrows the original.
 */
public final class RefusedHandout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RefusedHandout(InvalidHandoutException cause) {
        super(cause);
    }

    public InvalidHandoutException problem() {
        return (InvalidHandoutException) getCause();
    }
}
