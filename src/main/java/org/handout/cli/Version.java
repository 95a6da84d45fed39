package org.handout.cli;

import picocli.CommandLine;

/** Reports the version Maven wrote into the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"handout " + (version == null ? "(development build)" : version)};
    }
}
