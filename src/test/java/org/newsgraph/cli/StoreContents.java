package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.store.NewsgraphStore;

/** What a store holds, graph by graph, read into memory so that stores can be compared once closed. */
record StoreContents(Map<String, Graph> graphs) {

    /** Opens the store (recovering it, when a process was killed while writing), reads it and closes it. */
    static StoreContents read(Path folder) {
        try (NewsgraphStore store = NewsgraphStore.open(folder)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Map<String, Graph> graphs = new TreeMap<>();
                store.dataset().listGraphNodes().forEachRemaining(name -> {
                    Graph copy = GraphFactory.createDefaultGraph();
                    store.dataset().getGraph(name).find().forEachRemaining(copy::add);
                    graphs.put(name.getURI(), copy);
                });
                return new StoreContents(graphs);
            });
        }
    }

    /** Asserts that every graph held here is whole: isomorphic to the graph of the same name in {@code clean}. */
    void assertPartOf(StoreContents clean, String context) {
        graphs.forEach((name, graph) -> {
            Graph expected = clean.graphs.get(name);
            assertTrue(expected != null, context + ": a graph the clean store does not hold: " + name);
            assertTrue(graph.isIsomorphicWith(expected), () -> context + ": graph " + name + " holds "
                + graph.size() + " triples that differ from the clean store's " + expected.size());
        });
    }

    /** Asserts that this store holds exactly the graphs of {@code clean}, each isomorphic to its own there. */
    void assertSameAs(StoreContents clean, String context) {
        assertEquals(clean.graphs.keySet(), graphs.keySet(), context + ": the graphs held");
        assertPartOf(clean, context);
    }

    /** The names of the graphs held whose name starts with {@code prefix}, sorted. */
    List<String> namesStartingWith(String prefix) {
        return graphs.keySet().stream().filter(n -> n.startsWith(prefix)).collect(Collectors.toList());
    }

    long tripleCount() {
        return graphs.values().stream().mapToLong(Graph::size).sum();
    }
}
