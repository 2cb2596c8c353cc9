package org.newsgraph.store;

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

    /** A rejected input: its name and the full message, {@code file:line: reason}. */
    public record Failure(String source, String message) {}
}
