/**
 * The build pipeline: parse, render every chosen format to staged files, check them, move them
 * into place together; the batch, the incremental-build manifest and input fingerprints, the
 * library page and timings. Reports progress through {@code BuildListener}; prints nothing.
 */
package org.handout.build;
