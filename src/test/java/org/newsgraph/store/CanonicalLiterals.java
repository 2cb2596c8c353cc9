package org.newsgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** Copies of stored and converted data with every literal in its canonical form, so that the two compare. */
final class CanonicalLiterals {

    private CanonicalLiterals() {}

    /**
     * A copy of {@code dsg} (read in a transaction when it has them) with every literal in its canonical form: TDB2
     * stores the numbers it inlines in that form ({@code "2"^^xsd:decimal} comes back as {@code "2.0"}), so a store
     * and a fresh conversion agree only once both are canonical.
     */
    static DatasetGraph canonical(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Runnable fill = () -> dsg.find().forEachRemaining(q -> copy.add(new Quad(q.getGraph(), q.getSubject(),
            q.getPredicate(), CanonicalizeLiteral.get().apply(q.getObject()))));
        if (dsg.supportsTransactions() && !dsg.isInTransaction())
            Txn.executeRead(dsg, fill);
        else
            fill.run();
        return copy;
    }

    /** A copy of {@code graph} with every literal in its canonical form; the caller reads it in a transaction. */
    static Graph canonical(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().forEachRemaining(t -> copy.add(Triple.create(t.getSubject(), t.getPredicate(),
            CanonicalizeLiteral.get().apply(t.getObject()))));
        return copy;
    }
}
