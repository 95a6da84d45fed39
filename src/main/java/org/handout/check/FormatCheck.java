package org.handout.check;

import java.util.List;
import java.util.Optional;

/**
 * Everything the check needs to know about one format: its name, how to read its files back and
 * what to measure on them, the measures of its stylesheet (taken once, not per file) and its
 * validator, if it has one.
 */
public record FormatCheck(FormatName name, Reading<?> reading, List<Measure> stylesheetMeasures,
                          Optional<OutputValidator> validator) {
    public FormatCheck {
        stylesheetMeasures = List.copyOf(stylesheetMeasures);
    }
}
