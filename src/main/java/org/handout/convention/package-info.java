/**
 * Conventions two sides of handout must agree on and that belong to neither side: what the DOCX
 * writer marks and the DOCX reader looks for. Depends on nothing.
 */
package org.handout.convention;
