package org.handout.check.audit;

/** The formats the audit reads. */
public enum DocumentFormat {
    PDF, DOCX, HTML
}
