package org.newsgraph.publish;

import java.util.List;

/**
 * What a publish did: graphs sent, skipped (the target already held them as they are), refused (each with the
 * graph and the status), the bytes of N-Triples sent, and, when the publish stopped early, why.
 */
public record PublishReport(int graphs, int sent, int skipped, List<String> failures, long bytes, String stoppedBy) {

    public PublishReport {
        failures = List.copyOf(failures);
    }

    /** True when every graph is at the target as it is in the store. */
    public boolean complete() { return failures.isEmpty() && stoppedBy == null; }
}
