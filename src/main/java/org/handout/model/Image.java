package org.handout.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A picture standing in its own paragraph. {@code file} is resolved and known to exist inside
 * the handout's folder; a decorative image has empty alt text and is hidden from assistive tech.
 */
public record Image(Path file, String alt, boolean decorative, SourceSpan at) implements Block {
    public Image {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(alt, "alt");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.image(this);
    }
}
