package org.handout.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Files shipped on the classpath with the renderers: the stylesheets and fonts under {@code styles/}. */
public final class BundledResource {
    private BundledResource() {
    }

    /** Reads a resource that is part of the build; a missing one is a packaging error, not a user error. */
    public static byte[] bytes(String resource) {
        try (InputStream in = BundledResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource that may or may not be shipped, such as the words of one language. */
    public static Optional<String> optionalText(String resource) {
        try (InputStream in = BundledResource.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }
}
