package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The W3C Web Annotation terms with which newsgraph ties what it extracted to the words that support it. */
public final class OA {
    public static final String NS = "http://www.w3.org/ns/oa#";

    public static final Node Annotation = uri("Annotation");

    public static final Node hasBody = uri("hasBody");
    public static final Node hasTarget = uri("hasTarget");

    private OA() {}

    private static Node uri(String local) { return NodeFactory.createURI(NS + local); }
}
