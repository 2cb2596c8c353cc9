package org.newsgraph.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.store.NewsgraphStore;
import org.newsgraph.store.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a store's named graphs to a Graph Store Protocol endpoint, one PUT per graph, sending only the graphs
 * the target does not already hold as they are. What the target holds is recorded at the target itself, in the
 * manifest graph ({@link PublicationManifest}): read first, added to every few graphs sent, and rewritten at the
 * end. A publish that stops part-way (the target goes away, the process is killed) is resumed by publishing again:
 * the graphs recorded are skipped, and a graph sent but not yet recorded is merely sent again.
 */
public final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final NewsgraphStore store;
    private final GraphStoreTarget target;
    private final Node manifestGraph;
    private final int recordEvery;
    private final ProgressListener progress;

    private Publisher(Builder b) {
        this.store = b.store;
        this.target = b.target;
        this.manifestGraph = b.manifestGraph;
        this.recordEvery = b.recordEvery;
        this.progress = b.progress;
    }

    public static Builder builder() { return new Builder(); }

    /**
     * Publishes every named graph of the store. A graph the target refuses is reported and the others are still
     * sent; when the target refuses the credentials or stops answering, the publish stops there.
     */
    public PublishReport publish() {
        DatasetGraph dsg = store.dataset();
        List<Node> graphs = Txn.calculateRead(dsg, () -> Iter.toList(dsg.listGraphNodes()));
        graphs.sort(Comparator.comparing(Node::getURI));
        if (graphs.contains(manifestGraph))
            throw new IllegalArgumentException("the store has a graph named " + manifestGraph.getURI()
                + ", the name of the publication manifest");
        if (hasOwnDefaultGraph(dsg))
            throw new IllegalArgumentException("the store's default graph holds triples of its own; only named graphs "
                + "are published");

        PublicationManifest manifest = PublicationManifest.of(target.readGraph(manifestGraph));
        LOG.info("publishing {} graphs to {}; its manifest lists {}", graphs.size(), target.endpoint(), manifest.size());
        List<GraphContent> unrecorded = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int skipped = 0;
        long bytes = 0;
        int done = 0;
        try {
            for (Node graph : graphs) {
                GraphContent content = GraphContent.read(dsg, graph);
                if (manifest.holds(content)) {
                    skipped++;
                } else {
                    try {
                        target.putGraph(graph, content.ntriples());
                        sent++;
                        bytes += content.ntriples().length;
                        unrecorded.add(content);
                    } catch (PublishException e) {
                        if (!isRefusalOfTheGraph(e))
                            throw e;
                        failures.add(e.getMessage());
                    }
                    if (unrecorded.size() >= recordEvery)
                        record(manifest, unrecorded);
                }
                progress.progress(++done, graphs.size());
            }
            if (sent > 0)
                target.putGraph(manifestGraph, recordAll(manifest, unrecorded));
        } catch (PublishException e) {
            recordAfterStop(manifest, unrecorded);
            LOG.info("stopped after {} graphs sent: {}", sent, e.getMessage());
            return new PublishReport(graphs.size(), sent, skipped, failures, bytes, e.getMessage());
        }
        return new PublishReport(graphs.size(), sent, skipped, failures, bytes, null);
    }

    /** A 4xx answer other than an authentication failure concerns the graph sent, not the target as a whole. */
    private static boolean isRefusalOfTheGraph(PublishException e) {
        return e.status() >= 400 && e.status() < 500 && e.status() != 401 && e.status() != 407;
    }

    /** Adds the entries of the graphs sent since the last time to the target's manifest. */
    private void record(PublicationManifest manifest, List<GraphContent> unrecorded) {
        Graph entries = GraphFactory.createDefaultGraph();
        unrecorded.forEach(c -> entries.add(PublicationManifest.entry(c)));
        target.addToGraph(manifestGraph, entries);
        unrecorded.forEach(manifest::record);
        unrecorded.clear();
    }

    private static Graph recordAll(PublicationManifest manifest, List<GraphContent> unrecorded) {
        unrecorded.forEach(manifest::record);
        unrecorded.clear();
        return manifest.toGraph();
    }

    /** After a stop, records what was sent if the target still answers; if not, those graphs are sent again later. */
    private void recordAfterStop(PublicationManifest manifest, List<GraphContent> unrecorded) {
        if (unrecorded.isEmpty())
            return;
        try {
            record(manifest, unrecorded);
        } catch (PublishException e) {
            LOG.warn("{} graphs sent are not recorded in the manifest and will be sent again: {}", unrecorded.size(),
                e.getMessage());
        }
    }

    private static boolean hasOwnDefaultGraph(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    public static final class Builder {
        private NewsgraphStore store;
        private GraphStoreTarget target;
        private Node manifestGraph;
        private int recordEvery = 100;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {}

        public Builder store(NewsgraphStore s) { this.store = s; return this; }

        public Builder target(GraphStoreTarget t) { this.target = t; return this; }

        /** The name of the graph at the target that lists what was published, e.g. {@code <base>publication}. */
        public Builder manifestGraph(Node g) { this.manifestGraph = g; return this; }

        /** After how many graphs sent their entries are added to the target's manifest (default 100). */
        public Builder recordEvery(int n) { this.recordEvery = n; return this; }

        public Builder progress(ProgressListener p) { this.progress = p; return this; }

        public Publisher build() {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(manifestGraph, "manifestGraph");
            if (!manifestGraph.isURI())
                throw new IllegalArgumentException("the manifest graph needs an IRI: " + manifestGraph);
            if (recordEvery < 1)
                throw new IllegalArgumentException("recordEvery must be at least 1: " + recordEvery);
            Objects.requireNonNull(progress, "progress");
            return new Publisher(this);
        }
    }
}
