package org.handout.check.audit;

/** How much a finding weighs for a reviewer. */
public enum Severity {
    /** Assistive technology cannot convey the content correctly; the file fails the audit. */
    ERROR,
    /** Very likely a barrier, but there are legitimate exceptions. */
    WARNING,
    /** Only a person can decide; the finding points at what to look at. */
    REVIEW
}
