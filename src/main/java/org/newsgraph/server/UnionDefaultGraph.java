package org.newsgraph.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.newsgraph.store.UnionTriples;

/**
 * A read-only view of a store whose default graph is the union of its named graphs. TDB2's union default graph
 * setting applies to queries only; the Graph Store Protocol reads {@link #getDefaultGraph()}, which would otherwise
 * be the store's own, empty, default graph. The whole union is read with {@link UnionTriples}, as the dumps are.
 */
final class UnionDefaultGraph extends DatasetGraphReadOnly {

    private final Graph union;

    UnionDefaultGraph(DatasetGraph dataset, Context context) {
        super(dataset, context);
        this.union = new GraphReadOnly(new GraphWrapper(dataset.getUnionGraph()) {
            /** The whole union, as {@code get?default} asks for it, streamed without a set of every triple. */
            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                return isAny(s) && isAny(p) && isAny(o) ? WrappedIterator.create(UnionTriples.of(dataset))
                    : super.find(s, p, o);
            }

            @Override
            public ExtendedIterator<Triple> find(Triple pattern) {
                return find(pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
            }

            @Override
            public ExtendedIterator<Triple> find() { return find(Node.ANY, Node.ANY, Node.ANY); }
        });
    }

    private static boolean isAny(Node n) { return n == null || Node.ANY.equals(n); }

    @Override
    public Graph getDefaultGraph() { return union; }
}
