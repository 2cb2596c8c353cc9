package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Quads of one graph, sent to the stream. */
record Emitter(StreamRDF out, Node graph) {
    void add(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }
}
