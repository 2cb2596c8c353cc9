package org.newsgraph.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.rdf.SchemaOrg;

/**
 * What the site says about one URI, read from the store with the Graph API in one read transaction:
 * <ul>
 *   <li>the resource's own triples, and those of every fragment {@code URI#…} of it (an article's photos, authors,
 *       mentions and their selectors), found in the named graphs the resource is described in;</li>
 *   <li>the labels ({@code schema:name}, {@code rdfs:label}, {@code schema:headline}) of the IRIs these link to,
 *       and of the resources that link to it;</li>
 *   <li>the triples that link to it from elsewhere, at most {@link #inboundLimit()} of them.</li>
 * </ul>
 */
final class ResourceDescriber {

    private static final List<Node> LABELS = List.of(SchemaOrg.name, RDFS.label.asNode(), SchemaOrg.headline);

    private final DatasetGraph dataset;
    private final int inboundLimit;
    private final String indexedGraphPrefix;
    /** The fragments in the indexed graphs, by the URI they are fragments of. */
    private final Map<Node, Set<Node>> indexedFragments;

    /**
     * @param indexedGraphPrefix the start of the names of the few large graphs (the authority data) whose fragments
     *                           are indexed once here rather than looked for at every request; an article's graph is
     *                           small enough to read whole
     */
    ResourceDescriber(DatasetGraph dataset, int inboundLimit, String indexedGraphPrefix) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        if (inboundLimit < 1)
            throw new IllegalArgumentException("inbound limit must be at least 1: " + inboundLimit);
        this.inboundLimit = inboundLimit;
        this.indexedGraphPrefix = Objects.requireNonNull(indexedGraphPrefix, "indexedGraphPrefix");
        this.indexedFragments = Txn.calculateRead(dataset, this::indexFragments);
    }

    private Map<Node, Set<Node>> indexFragments() {
        Map<Node, Set<Node>> index = new HashMap<>();
        for (Iterator<Node> graphs = dataset.listGraphNodes(); graphs.hasNext(); ) {
            Node graph = graphs.next();
            if (!isIndexed(graph))
                continue;
            dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                Node s = q.getSubject();
                int hash = s.isURI() ? s.getURI().indexOf('#') : -1;
                if (hash > 0)
                    index.computeIfAbsent(NodeFactory.createURI(s.getURI().substring(0, hash)), k -> new HashSet<>()).add(s);
            });
        }
        return index;
    }

    private boolean isIndexed(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(indexedGraphPrefix);
    }

    /** The most triples linking to a resource from elsewhere that a description carries. */
    int inboundLimit() { return inboundLimit; }

    /** What the store says about {@code resource}, an IRI. */
    Description describe(Node resource) {
        if (!resource.isURI())
            throw new IllegalArgumentException("not an IRI: " + resource);
        return Txn.calculateRead(dataset, () -> read(resource));
    }

    /** True when {@code uri} names one of the store's graphs. */
    boolean isGraph(Node uri) {
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(uri));
    }

    private Description read(Node resource) {
        Graph union = dataset.getUnionGraph();
        Graph out = GraphFactory.createDefaultGraph();
        String fragmentPrefix = resource.getURI() + "#";
        Set<Node> described = new LinkedHashSet<>();
        described.add(resource);
        described.addAll(fragmentsOf(resource, fragmentPrefix));
        for (Node subject : described)
            union.find(subject, Node.ANY, Node.ANY).forEachRemaining(out::add);

        boolean cut = false;
        int inbound = 0;
        for (Iterator<Triple> it = union.find(Node.ANY, Node.ANY, resource); it.hasNext(); ) {
            Triple t = it.next();
            if (isOwn(t.getSubject(), resource, fragmentPrefix))
                continue;
            if (inbound == inboundLimit) {
                cut = true;
                break;
            }
            out.add(t);
            inbound++;
        }
        boolean known = !out.isEmpty();

        Set<Node> linked = new LinkedHashSet<>();
        out.find().forEachRemaining(t -> {
            linked.add(t.getSubject());
            linked.add(t.getObject());
        });
        for (Node n : linked) {
            if (!n.isURI() || isOwn(n, resource, fragmentPrefix))
                continue;
            for (Node label : LABELS)
                union.find(n, label, Node.ANY).forEachRemaining(out::add);
        }
        out.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        return new Description(resource, out, known, cut);
    }

    /** The fragments of {@code resource} described in the graphs that describe it. */
    private Set<Node> fragmentsOf(Node resource, String fragmentPrefix) {
        Set<Node> graphs = new LinkedHashSet<>();
        dataset.find(Node.ANY, resource, Node.ANY, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
        Set<Node> fragments = new LinkedHashSet<>();
        for (Node graph : graphs) {
            if (isIndexed(graph)) {
                fragments.addAll(indexedFragments.getOrDefault(resource, Set.of()));
                continue;
            }
            for (Iterator<Quad> it = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Node s = it.next().getSubject();
                if (s.isURI() && s.getURI().startsWith(fragmentPrefix))
                    fragments.add(s);
            }
        }
        return fragments;
    }

    private static boolean isOwn(Node n, Node resource, String fragmentPrefix) {
        return n.equals(resource) || (n.isURI() && n.getURI().startsWith(fragmentPrefix));
    }

    /**
     * A resource's description.
     *
     * @param known true when the store holds any triple about or linking to the resource
     * @param inboundCut true when more triples link to it than the description carries
     */
    record Description(Node resource, Graph graph, boolean known, boolean inboundCut) {}
}
