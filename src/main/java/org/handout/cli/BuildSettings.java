package org.handout.cli;

import java.nio.file.Path;
import java.util.Set;
import org.handout.format.OutputFormat;
import org.handout.render.PageSize;

/** What the user asked a build to do. */
record BuildSettings(Path out, Set<OutputFormat> formats, PageSize pageSize, boolean check, boolean force,
                     long maxSourceBytes, boolean debug) {
    BuildSettings {
        formats = Set.copyOf(formats);
    }
}
