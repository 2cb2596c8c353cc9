package org.newsgraph.store;

import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * How a load into a store without articles writes them. Jena's bulk loaders write the whole load as one
 * transaction into a new storage area (see {@link ArticleLoader#load}); they differ in how many threads they give
 * the indexes, which compete with the threads that convert the articles, and in the heap their queues take. On two
 * cores and a heap of 512 MB the sequential one is the fastest, and the phased one runs out of memory (see
 * docs/benchmarks.md). Later loads always write in transactions.
 */
public enum FirstLoad {
    /** In write transactions of a batch of articles, as later loads: the store grows until compacted. */
    TRANSACTIONS,
    /** Jena's sequential loader: one thread writes the node table and the primary index, then the others from it. */
    SEQUENTIAL,
    /** Jena's phased loader: the node table and the primary index, then the other indexes in parallel. */
    PHASED,
    /** Jena's parallel loader: a thread for each index and for the node table. */
    PARALLEL;

    /** The bulk loader writing into {@code target}; not for {@link #TRANSACTIONS}. */
    DataLoader loader(DatasetGraphTDB target) {
        return switch (this) {
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(target, (format, args) -> {});
            case PHASED -> LoaderFactory.phasedLoader(target, (format, args) -> {});
            case PARALLEL -> LoaderFactory.parallelLoader(target, (format, args) -> {});
            case TRANSACTIONS -> throw new IllegalStateException("a first load in transactions has no bulk loader");
        };
    }
}
