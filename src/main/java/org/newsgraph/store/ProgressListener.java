package org.newsgraph.store;

/** Told after each article of a load or check, so a front end can show progress. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {};

    void progress(int done, int total);
}
