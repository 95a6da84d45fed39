/**
 * Translation sets: whether a translation still has the shape of the handout it translates
 * ({@code TranslationParity}) and whether it may be older than its source's last change
 * ({@code Staleness}). Compares two models; reads no output file. Depends on the model and the
 * check root only.
 */
package org.handout.check.translation;
