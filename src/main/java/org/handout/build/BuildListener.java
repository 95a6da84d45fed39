package org.handout.build;

/**
 * Hears how a batch progresses, e.g. to print a line per handout. Called from the batch's
 * threads, so implementations are thread-safe.
 */
public interface BuildListener {
    /** The batch is about to build this many handouts. */
    void started(int handouts);

    /** One handout finished: built, up to date, or failed. */
    void finished(HandoutResult result);
}
