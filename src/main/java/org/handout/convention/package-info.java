/**
 * Conventions several sides of handout must agree on and that belong to none of them: what the
 * DOCX writer marks and the DOCX reader looks for, and the skeleton every HTML page handout
 * writes shares (handout pages, report.html, the library page). Depends on jsoup only.
 */
package org.handout.convention;
