package org.newsgraph.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;

/**
 * A read-only view of a store whose default graph is the union of its named graphs. TDB2's union default graph
 * setting applies to queries only; the Graph Store Protocol reads {@link #getDefaultGraph()}, which would otherwise
 * be the store's own, empty, default graph.
 */
final class UnionDefaultGraph extends DatasetGraphReadOnly {

    private final Graph union;

    UnionDefaultGraph(DatasetGraph dataset, Context context) {
        super(dataset, context);
        this.union = new GraphReadOnly(dataset.getUnionGraph());
    }

    @Override
    public Graph getDefaultGraph() { return union; }
}
