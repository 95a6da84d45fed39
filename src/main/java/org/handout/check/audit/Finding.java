package org.handout.check.audit;

/**
 * One thing an audit found in a file.
 *
 * @param id       stable identifier, e.g. {@code heading.title-not-heading}; see {@link Heuristic}
 * @param severity how much it weighs
 * @param problem  what is wrong, in one sentence
 * @param location where it is
 * @param fix      what to do about it, in one sentence
 */
public record Finding(String id, Severity severity, String problem, Location location, String fix) {

    /** The finding as one line for a console: severity, id, where, what and the fix. */
    public String describe() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + id + " at " + location.describe() + ": "
                + problem + " " + fix;
    }
}
