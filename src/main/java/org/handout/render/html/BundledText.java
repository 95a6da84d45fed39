package org.handout.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files shipped on the classpath with the renderers, such as the stylesheets under {@code styles/}. */
public final class BundledText {
    private BundledText() {
    }

    /** Reads a resource that is part of the build; a missing one is a packaging error, not a user error. */
    public static String read(String resource) {
        try (InputStream in = BundledText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
