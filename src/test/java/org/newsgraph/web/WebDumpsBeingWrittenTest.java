package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.ArticleLoader;
import org.newsgraph.store.NewsgraphStore;

/**
 * A site answers before its counts and dumps are made: the pages and SPARQL at once, a dump not yet written with
 * 503 and when to ask again, the dataset's description without what is not yet made; then, once prepared in the
 * background as {@code serve} does, everything.
 */
class WebDumpsBeingWrittenTest {

    private static final String BASE = TestCorpus.BASE;
    private static final Node DATASET = NodeFactory.createURI(BASE + "dataset");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private NewsgraphStore store;
    private Site site;
    private NewsgraphServer server;

    /** The site of the reference article, serving before its counts and dumps are made, as {@code serve} starts. */
    @BeforeEach
    void start() throws IOException {
        store = NewsgraphStore.open(dir.resolve("tdb2"));
        ArticleLoader.builder().store(store).converter(TestCorpus.converter()).build().load(List.of(TestCorpus.REFERENCE));
        ServedSite served = ServedSite.startUnprepared(store, UriScheme.of(BASE), dir.resolve("dumps"),
            UnaryOperator.identity());
        site = served.site();
        server = served.server();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void theSiteAnswersWhileItsDumpsAreWritten() throws Exception {
        HttpResponse<String> dump = get("dumps/newsgraph.nq.gz");
        assertEquals(503, dump.statusCode());
        assertEquals("120", dump.headers().firstValue("Retry-After").orElse(null));
        assertEquals(404, get("dumps/newsgraph.rdf.gz").statusCode(), "a file never listed");
        String listing = get("dumps/").body();
        assertTrue(listing.contains("<td>newsgraph.nq.gz</td>"), "listed without a link while written");
        assertFalse(listing.contains("href=\"newsgraph.nq.gz\""));
        assertTrue(get("").body().contains("being counted"));
        Graph unprepared = turtle(get(".well-known/void").body());
        assertFalse(unprepared.find(DATASET, VOID.dataDump.asNode(), Node.ANY).hasNext());
        assertFalse(unprepared.find(DATASET, VOID.triples.asNode(), Node.ANY).hasNext(), "no count yet");
        assertTrue(unprepared.contains(DATASET, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(BASE + "sparql")));
        assertEquals(200, get("sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D").statusCode());

        site.prepareInBackground().join();

        assertEquals(200, get("dumps/newsgraph.nq.gz").statusCode());
        assertTrue(get("dumps/").body().contains("href=\"newsgraph.nq.gz\""));
        Graph prepared = turtle(get(".well-known/void").body());
        assertEquals(DumpFolder.FILES.size(), prepared.find(DATASET, VOID.dataDump.asNode(), Node.ANY).toList().size());
        assertTrue(prepared.find(DATASET, VOID.triples.asNode(), Node.ANY).hasNext());
        assertFalse(get("").body().contains("being counted"));
    }

    /** Dumps that could not be written say so, rather than to ask again later. */
    @Test
    void dumpsThatCouldNotBeWrittenAnswer500() throws Exception {
        // The folder goes away between the start and the first file.
        Files.delete(dir.resolve("dumps"));
        site.prepareInBackground().join();
        assertTrue(site.dumps().hasFailed());
        HttpResponse<String> dump = get("dumps/newsgraph.nq.gz");
        assertEquals(500, dump.statusCode());
        assertTrue(dump.body().contains("could not be written"), dump.body());
        assertFalse(dump.headers().firstValue("Retry-After").isPresent());
        assertTrue(get("dumps/").body().contains("Could not be written from the store"));
        assertEquals(200, get("sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D").statusCode(),
            "the rest of the site answers");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/" + path))
            .header("Accept", path.equals(".well-known/void") ? "text/turtle" : "text/html,*/*;q=0.5").build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
