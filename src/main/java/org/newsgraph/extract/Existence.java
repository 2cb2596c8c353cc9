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

    /**
     * True when the two may have existed at the same time, for more than the year one ended and the other began
     * (临沂县 until 1994 and the prefecture-level 临沂市 from 1994 did not): only then can a name they share be
     * ambiguous.
     */
    public boolean overlaps(Existence other) {
        return (until.isEmpty() || other.from.isEmpty() || until.getAsInt() > other.from.getAsInt())
            && (other.until.isEmpty() || from.isEmpty() || other.until.getAsInt() > from.getAsInt());
    }
}
