package org.newsgraph.extract;

import java.util.Objects;
import java.util.OptionalInt;

/** When an entity existed, in whole years as far as its sources tell; an empty end is unknown. */
public record Existence(OptionalInt from, OptionalInt until) {
    public static final Existence UNKNOWN = new Existence(OptionalInt.empty(), OptionalInt.empty());

    public Existence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (from.isPresent() && until.isPresent() && from.getAsInt() > until.getAsInt())
            throw new IllegalArgumentException("existence ends (" + until.getAsInt() + ") before it begins ("
                + from.getAsInt() + ")");
    }

    /** False only when the sources show it did not exist in {@code year}: created later, or gone before. */
    public boolean possibleIn(int year) {
        // Both ends are years in which the entity existed for part of the year at least.
        return (from.isEmpty() || year >= from.getAsInt()) && (until.isEmpty() || year <= until.getAsInt());
    }
}
