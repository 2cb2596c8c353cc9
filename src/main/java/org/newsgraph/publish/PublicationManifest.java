package org.newsgraph.publish;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.NG;

/**
 * What the target holds, by its own account: for each published graph, the digest of the content sent
 * ({@code <graph> ng:contentSha256 "…"}), kept at the target in a graph of its own.
 *
 * <p>During a publish the digests of the graphs sent are appended to that graph, so an old digest may stand
 * beside the new one until the publish ends and rewrites the manifest. A graph with more than one digest is taken
 * as unknown and sent again: the manifest may say too little, never that the target holds what it does not.
 */
final class PublicationManifest {

    private final Map<Node, Set<String>> digests = new HashMap<>();

    static PublicationManifest of(Graph graph) {
        PublicationManifest m = new PublicationManifest();
        graph.find(Node.ANY, NG.contentSha256, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral())
                m.digests.computeIfAbsent(t.getSubject(), g -> new HashSet<>()).add(t.getObject().getLiteralLexicalForm());
        });
        return m;
    }

    /** True when the target holds {@code content} as it is, by the manifest's account. */
    boolean holds(GraphContent content) {
        return Set.of(content.sha256()).equals(digests.get(content.graph()));
    }

    /** Records that the target now holds {@code content}, in place of what it held before. */
    void record(GraphContent content) {
        digests.put(content.graph(), new HashSet<>(Set.of(content.sha256())));
    }

    int size() { return digests.size(); }

    /** The manifest as a graph. */
    Graph toGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        digests.forEach((graph, values) -> values.forEach(d -> g.add(entry(graph, d))));
        return g;
    }

    /** The statement that the target holds {@code content}. */
    static Triple entry(GraphContent content) {
        return entry(content.graph(), content.sha256());
    }

    private static Triple entry(Node graph, String sha256) {
        return Triple.create(graph, NG.contentSha256, NodeFactory.createLiteralString(sha256));
    }
}
