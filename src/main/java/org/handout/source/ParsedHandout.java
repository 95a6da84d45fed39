package org.handout.source;

import java.util.List;
import org.handout.model.Handout;

/** A parsed handout and the warnings its parsing raised. */
public record ParsedHandout(Handout handout, List<SourceWarning> warnings) {
    public ParsedHandout {
        warnings = List.copyOf(warnings);
    }
}
