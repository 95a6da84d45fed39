package org.handout.check.audit;

/** The one-word outcome of auditing a file. */
public enum Verdict {
    /** Read completely; no finding of severity error. */
    COMPLIANT,
    /** Read; at least one finding of severity error. */
    FINDINGS,
    /** Could not be read; the result's message says why, in plain words. */
    UNREADABLE,
    /** Stopped at the time limit; counted with the unreadable files, as nothing of it could be checked. */
    NOT_FINISHED
}
