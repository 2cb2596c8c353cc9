package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What a load did.
 *
 * @param loaded   articles now in the store
 * @param skipped  files left alone because the store holds their articles from the same bytes
 * @param failures articles rejected, each with the reason
 * @param quads    quads written for the loaded articles
 */
public record LoadReport(int loaded, int skipped, List<Failure> failures, long quads) {
    public LoadReport {
        failures = List.copyOf(failures);
    }

    /** This load's counts and failures followed by {@code later}'s. */
    LoadReport plus(LoadReport later) {
        List<Failure> all = new ArrayList<>(failures);
        all.addAll(later.failures);
        return new LoadReport(loaded + later.loaded, skipped + later.skipped, all, quads + later.quads);
    }

    /** A rejected input: its name and the full message, {@code file:line: reason}. */
    public record Failure(String source, String message) {}
}
