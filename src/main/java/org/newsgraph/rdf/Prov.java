package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The W3C PROV-O terms newsgraph uses to say how a translation came about. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Activity = uri("Activity");
    public static final Node SoftwareAgent = uri("SoftwareAgent");
    public static final Node used = uri("used");
    public static final Node wasAssociatedWith = uri("wasAssociatedWith");
    public static final Node wasDerivedFrom = uri("wasDerivedFrom");
    public static final Node wasGeneratedBy = uri("wasGeneratedBy");

    private Prov() {}

    private static Node uri(String local) { return NodeFactory.createURI(NS + local); }
}
