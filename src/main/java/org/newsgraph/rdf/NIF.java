package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The NIF 2.0 Core terms with which newsgraph gives a span of an article's body its offsets and its words. */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Node beginIndex = uri("beginIndex");
    public static final Node endIndex = uri("endIndex");
    public static final Node anchorOf = uri("anchorOf");

    private NIF() {}

    private static Node uri(String local) { return NodeFactory.createURI(NS + local); }
}
