package org.handout.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The version Maven wrote into the jar's manifest, and the identity incremental builds compare. */
public final class ToolVersion {
    private ToolVersion() {
    }

    public static String version() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    /**
     * The version plus the size and date of the jar it runs from, so an incremental build
     * notices a rebuilt tool (new code, styles or fonts) even when the version number stayed.
     */
    static String identity() {
        try {
            Path code = Path.of(ToolVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code)
                    ? version() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis()
                    : version();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version();
        }
    }
}
