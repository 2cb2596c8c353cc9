package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The W3C Web Annotation terms with which newsgraph ties an entity to the words that mention it. */
public final class OA {
    public static final String NS = "http://www.w3.org/ns/oa#";

    public static final Node Annotation = uri("Annotation");
    public static final Node SpecificResource = uri("SpecificResource");
    public static final Node TextPositionSelector = uri("TextPositionSelector");
    public static final Node TextQuoteSelector = uri("TextQuoteSelector");
    public static final Node identifying = uri("identifying");

    public static final Node hasBody = uri("hasBody");
    public static final Node hasTarget = uri("hasTarget");
    public static final Node hasSource = uri("hasSource");
    public static final Node hasSelector = uri("hasSelector");
    public static final Node motivatedBy = uri("motivatedBy");
    public static final Node start = uri("start");
    public static final Node end = uri("end");
    public static final Node exact = uri("exact");

    private OA() {}

    private static Node uri(String local) { return NodeFactory.createURI(NS + local); }
}
