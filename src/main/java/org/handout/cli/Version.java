package org.handout.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Reports the version Maven wrote into the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"handout " + version()};
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    /**
     * The version plus the size and date of the jar it runs from, so an incremental build
     * notices a rebuilt tool (new code, styles or fonts) even when the version number stayed.
     */
    static String identity() {
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code)
                    ? version() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis()
                    : version();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version();
        }
    }
}
