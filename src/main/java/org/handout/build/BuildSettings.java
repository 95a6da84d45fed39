package org.handout.build;

import java.nio.file.Path;
import java.util.Set;
import org.handout.format.OutputFormat;
import org.handout.render.PageSize;

/**
 * What the user asked a build to do.
 *
 * @param formatsNamed true when the user named the formats: one that cannot be made for a
 *                     handout is then an error, not a note in the report
 */
public record BuildSettings(Path out, Set<OutputFormat> formats, boolean formatsNamed, PageSize pageSize, boolean check,
                            boolean force, long maxSourceBytes, boolean debug) {
    public BuildSettings {
        formats = Set.copyOf(formats);
    }
}
