package org.newsgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.store.ArticleLoader;
import org.newsgraph.store.NewsgraphStore;

/** Publishing the bundled corpus to a second, authenticated Fuseki over the Graph Store Protocol. */
class PublisherTest {

    private static final int ARTICLES = 8;
    private static final Node MANIFEST = NodeFactory.createURI(TestCorpus.BASE + "publication");
    private static final String REFERENCE_GRAPH =
        TestCorpus.BASE + "graph/" + TestCorpus.REFERENCE_URI.substring(TestCorpus.BASE.length());

    @TempDir
    static Path dir;
    private static NewsgraphStore store;
    private static int graphs;

    @BeforeAll
    static void loadCorpus() throws Exception {
        store = NewsgraphStore.open(dir.resolve("tdb2"));
        // Some articles, the reference article among them, and the authority graphs but the gazetteer's (tens of
        // thousands of triples that would only make every publish slower): a store like any other, only smaller.
        ArticleConverter converter = TestCorpus.converter();
        ArticleLoader loader = ArticleLoader.builder().store(store).converter(converter).build();
        loader.loadAuthority(AuthorityData.load(TestCorpus.AUTHORITY, converter.uris()));
        List<Path> articles = new ArrayList<>(TestCorpus.files().stream()
            .filter(f -> !f.getFileName().equals(TestCorpus.REFERENCE.getFileName())).limit(ARTICLES - 1).toList());
        articles.add(TestCorpus.REFERENCE);
        assertEquals(ARTICLES, loader.load(articles).loaded());
        Node gazetteer = converter.uris().authorityGraph("gazetteer");
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(gazetteer)));
        Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(gazetteer, Node.ANY, Node.ANY, Node.ANY));
        graphs = (int) store.graphCount();
        assertTrue(graphs > ARTICLES, "graphs: " + graphs);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void aPublishCopiesEveryGraphAndASecondSendsNothing() throws Exception {
        try (GraphStoreStandIn target = GraphStoreStandIn.start()) {
            PublishReport first = publisher(target, 100).publish();
            assertTrue(first.complete(), first.toString());
            assertEquals(graphs, first.sent());
            assertEquals(0, first.skipped());
            assertTrue(first.bytes() > ARTICLES * 20_000, "bytes: " + first.bytes());
            assertSameGraphs(store.dataset(), target.data);
            assertEquals(graphs, manifestAt(target).size(), "one entry per graph");

            int requestsBefore = target.requests();
            PublishReport second = publisher(target, 100).publish();
            assertTrue(second.complete(), second.toString());
            assertEquals(0, second.sent());
            assertEquals(graphs, second.skipped());
            assertEquals(0, second.bytes());
            // One GET of the manifest, and nothing written.
            assertEquals(requestsBefore + 1, target.requests());
        }
    }

    @Test
    void afterALocalChangeOnlyTheChangedGraphIsSent() throws Exception {
        Node graph = NodeFactory.createURI(REFERENCE_GRAPH);
        Triple added = Triple.create(NodeFactory.createURI(TestCorpus.REFERENCE_URI), SchemaOrg.identifier, NodeFactory.createLiteralString("changed here"));
        try (GraphStoreStandIn target = GraphStoreStandIn.start()) {
            assertTrue(publisher(target, 100).publish().complete());
            int putsBefore = target.puts.get();
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(graph, added.getSubject(), added.getPredicate(),
                added.getObject()));
            try {
                PublishReport report = publisher(target, 100).publish();
                assertTrue(report.complete(), report.toString());
                assertEquals(1, report.sent());
                assertEquals(graphs - 1, report.skipped());
                // The graph, then the manifest rewritten.
                assertEquals(putsBefore + 2, target.puts.get());
                assertTrue(Txn.calculateRead(target.data, () -> target.data.contains(graph, added.getSubject(),
                    added.getPredicate(), added.getObject())));
                assertSameGraphs(store.dataset(), target.data);
            } finally {
                Txn.executeWrite(store.dataset(), () -> store.dataset().delete(graph, added.getSubject(),
                    added.getPredicate(), added.getObject()));
            }
        }
    }

    @Test
    void aPublishStoppedByTheTargetGoingAwayIsResumed() throws Exception {
        try (GraphStoreStandIn target = GraphStoreStandIn.start()) {
            // The manifest GET, then 8 graph PUTs and the 2 POSTs recording them 4 at a time; then only 503.
            assertTrue(graphs > 8, "graphs: " + graphs);
            target.unavailableAfter = 1 + 8 + 2;
            PublishReport stopped = publisher(target, 4).publish();
            assertFalse(stopped.complete(), stopped.toString());
            assertTrue(stopped.stoppedBy().contains("503"), stopped.stoppedBy());
            assertEquals(8, stopped.sent());
            assertEquals(8, manifestAt(target).size());

            target.unavailableAfter = Integer.MAX_VALUE;
            PublishReport resumed = publisher(target, 4).publish();
            assertTrue(resumed.complete(), resumed.toString());
            assertEquals(8, resumed.skipped());
            assertEquals(graphs - 8, resumed.sent());
            assertSameGraphs(store.dataset(), target.data);
            assertEquals(graphs, manifestAt(target).size());
        }
    }

    @Test
    void aRefusedGraphIsNamedWithTheStatusAndSentByTheNextPublish() throws Exception {
        try (GraphStoreStandIn target = GraphStoreStandIn.start()) {
            target.refusedGraph = REFERENCE_GRAPH;
            PublishReport refused = publisher(target, 100).publish();
            assertNull(refused.stoppedBy());
            assertEquals(graphs - 1, refused.sent());
            assertEquals(1, refused.failures().size());
            String message = refused.failures().get(0);
            assertTrue(message.contains(REFERENCE_GRAPH) && message.contains("HTTP 403"), message);
            assertEquals(graphs - 1, manifestAt(target).size());

            target.refusedGraph = null;
            PublishReport again = publisher(target, 100).publish();
            assertTrue(again.complete(), again.toString());
            assertEquals(1, again.sent());
            assertSameGraphs(store.dataset(), target.data);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
        try (GraphStoreStandIn target = GraphStoreStandIn.start()) {
            GraphStoreTarget wrong = GraphStoreTarget.builder().endpoint(target.endpoint())
                .credentials(GraphStoreStandIn.USER, "wrong").retryDelay(Duration.ZERO).build();
            PublishException e = assertThrows(PublishException.class, () -> Publisher.builder().store(store)
                .target(wrong).manifestGraph(MANIFEST).build().publish());
            assertEquals(401, e.status());
            assertTrue(e.getMessage().contains("refused the password of user 'publisher' (HTTP 401)"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong"), e.getMessage());
            assertEquals(0, target.puts.get());
        }
    }

    @Test
    void theTargetMustBeAnHttpUrlWithoutCredentialsInIt() {
        assertThrows(IllegalArgumentException.class, () -> GraphStoreTarget.builder().endpoint("ftp://example.org/ds").build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> GraphStoreTarget.builder().endpoint("http://u:secret@example.org/ds").build());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> GraphStoreTarget.builder().endpoint("http://example.org/ds").credentials("u", null).build());
    }

    @Test
    void theDigestDependsOnTheTriplesNotOnTheirOrder() {
        Node g = NodeFactory.createURI(REFERENCE_GRAPH);
        GraphContent stored = GraphContent.read(store.dataset(), g);
        assertEquals(64, stored.sha256().length());
        assertTrue(stored.triples() > 100, "triples: " + stored.triples());
        // The same triples added to another dataset in reverse order give the same bytes and digest.
        List<org.apache.jena.sparql.core.Quad> quads = Txn.calculateRead(store.dataset(),
            () -> Iter.toList(store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY)));
        DatasetGraph reversed = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        List<org.apache.jena.sparql.core.Quad> backwards = new ArrayList<>(quads);
        java.util.Collections.reverse(backwards);
        Txn.executeWrite(reversed, () -> backwards.forEach(reversed::add));
        assertEquals(stored.sha256(), GraphContent.read(reversed, g).sha256());
        Txn.executeWrite(reversed, () -> reversed.delete(quads.get(0)));
        assertFalse(stored.sha256().equals(GraphContent.read(reversed, g).sha256()));
    }

    @Test
    void articleGraphsHaveNoBlankNodes() {
        DatasetGraph dsg = store.dataset();
        List<String> withBlankNodes = Txn.calculateRead(dsg, () -> Iter.toList(dsg.listGraphNodes()).stream()
            .filter(g -> g.getURI().startsWith(TestCorpus.BASE + "rmrb/"))
            .filter(g -> Iter.anyMatch(dsg.find(g, Node.ANY, Node.ANY, Node.ANY),
                q -> q.getSubject().isBlank() || q.getObject().isBlank()))
            .map(Node::getURI).toList());
        assertEquals(List.of(), withBlankNodes);
    }

    private static Publisher publisher(GraphStoreStandIn target, int recordEvery) {
        GraphStoreTarget t = GraphStoreTarget.builder().endpoint(target.endpoint())
            .credentials(GraphStoreStandIn.USER, GraphStoreStandIn.PASSWORD).retryDelay(Duration.ZERO).build();
        return Publisher.builder().store(store).target(t).manifestGraph(MANIFEST).recordEvery(recordEvery).build();
    }

    private static Map<Node, String> manifestAt(GraphStoreStandIn target) {
        return Txn.calculateRead(target.data, () -> {
            Map<Node, String> m = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
            target.data.find(MANIFEST, Node.ANY, NG.contentSha256, Node.ANY)
                .forEachRemaining(q -> m.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
            return m;
        });
    }

    /** The target holds every graph of the store, quad for quad (blank nodes up to renaming), and nothing else. */
    private static void assertSameGraphs(DatasetGraph local, DatasetGraph target) {
        List<Node> names = Txn.calculateRead(local, () -> Iter.toList(local.listGraphNodes()));
        List<Node> targetNames = new ArrayList<>(Txn.calculateRead(target, () -> Iter.toList(target.listGraphNodes())));
        targetNames.remove(MANIFEST);
        assertEquals(names.stream().map(Node::getURI).sorted().toList(),
            targetNames.stream().map(Node::getURI).sorted().toList());
        for (Node g : names) {
            Graph mine = copy(local, g);
            Graph theirs = copy(target, g);
            assertEquals(mine.size(), theirs.size(), g.getURI());
            assertTrue(mine.isIsomorphicWith(theirs), g.getURI());
        }
    }

    private static Graph copy(DatasetGraph dsg, Node g) {
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }
}
