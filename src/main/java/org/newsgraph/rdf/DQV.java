package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The W3C Data Quality Vocabulary terms the dataset description uses to point to the validation report. */
public final class DQV {
    public static final String NS = "http://www.w3.org/ns/dqv#";

    public static final Node QualityMetadata = uri("QualityMetadata");
    public static final Node hasQualityMetadata = uri("hasQualityMetadata");

    private DQV() {}

    private static Node uri(String local) { return NodeFactory.createURI(NS + local); }
}
