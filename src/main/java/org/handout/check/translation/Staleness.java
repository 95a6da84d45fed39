package org.handout.check.translation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a translation may be older than its source: the source's last change is the later of
 * its own reviewed date and the date of the last commit that touched it (when it is in a git
 * checkout), and the warning says which of the two it used.
 */
public final class Staleness {
    private Staleness() {
    }

    /**
     * @param reviewed        the translation's reviewed date
     * @param sourceReviewed  the source's reviewed date
     * @param sourceCommitted the date of the last commit that touched the source
     * @return the warning, or empty when the translation was reviewed on or after the source's
     *         last change, or nothing says when the source changed
     */
    public static Optional<String> warning(Optional<LocalDate> reviewed, Optional<LocalDate> sourceReviewed,
                                           Optional<LocalDate> sourceCommitted) {
        boolean commitIsLater = sourceCommitted.isPresent()
                && (sourceReviewed.isEmpty() || !sourceCommitted.get().isBefore(sourceReviewed.get()));
        Optional<LocalDate> changed = commitIsLater ? sourceCommitted : sourceReviewed;
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        String source = "may be out of date: the source changed on " + changed.get() + " ("
                + (commitIsLater ? "its last commit" : "its reviewed date") + ")";
        if (reviewed.isEmpty()) {
            return Optional.of(source + " and this translation states no reviewed date");
        }
        return reviewed.get().isBefore(changed.get())
                ? Optional.of(source + ", after this translation was reviewed on " + reviewed.get())
                : Optional.empty();
    }
}
