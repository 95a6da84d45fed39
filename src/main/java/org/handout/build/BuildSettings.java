package org.handout.build;

import java.nio.file.Path;
import java.util.Set;
import org.handout.braille.BrailleSettings;
import org.handout.format.OutputFormat;
import org.handout.render.PageSize;

/**
 * What the user asked a build to do.
 *
 * @param formatsNamed true when the user listed the formats (--formats): a listed format that
 *                     cannot be made for a handout (braille in a language without a table) then
 *                     fails that handout instead of being reported as not available
 */
public record BuildSettings(Path out, Set<OutputFormat> formats, PageSize pageSize, BrailleSettings braille,
                            boolean formatsNamed, boolean check, boolean force, long maxSourceBytes, boolean debug) {
    public BuildSettings {
        formats = Set.copyOf(formats);
    }
}
