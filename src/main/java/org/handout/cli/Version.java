package org.handout.cli;

import org.handout.build.ToolVersion;
import picocli.CommandLine;

/** Reports the version Maven wrote into the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"handout " + ToolVersion.version()};
    }
}
