package org.newsgraph.store;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The store is held by another process. TDB2 lets one process at a time open a store folder (its process lock,
 * {@code tdb.lock}); a second one is refused at once rather than kept waiting.
 */
public final class StoreInUseException extends RuntimeException {

    StoreInUseException(Path store, OptionalLong holder) {
        super("the store " + store + " is in use by another process"
            + (holder.isPresent() ? " (process " + holder.getAsLong() + ")" : "")
            + ": a store is opened by one process at a time; stop that process (a serve or a load) first, then run this"
            + " again");
    }
}
