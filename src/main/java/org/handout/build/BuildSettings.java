package org.handout.build;

import java.nio.file.Path;
import java.util.Set;
import org.handout.format.OutputFormat;
import org.handout.render.PageSize;

/** What the user asked a build to do. */
public record BuildSettings(Path out, Set<OutputFormat> formats, PageSize pageSize, boolean check, boolean force,
                     long maxSourceBytes, boolean debug) {
    public BuildSettings {
        formats = Set.copyOf(formats);
    }
}
