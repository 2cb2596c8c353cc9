package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.ArticleLoader;
import org.newsgraph.store.NewsgraphStore;

/** A deployment behind its own domain and path serves its own URIs, whatever host name a request uses. */
class WebSiteUnderBasePathTest {

    private static final String BASE = "https://example.org/newsgraph/";

    @TempDir
    Path dir;

    @Test
    void servesTheUrisMintedUnderItsBase() throws Exception {
        UriScheme uris = UriScheme.of(BASE);
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            ArticleConverter converter = TestCorpus.converter(BASE);
            ArticleLoader loader = ArticleLoader.builder().store(store).converter(converter).build();
            loader.loadAuthority(AuthorityData.load(TestCorpus.AUTHORITY, uris));
            loader.load(List.of(TestCorpus.REFERENCE));
            NewsgraphServer server = ServedSite.start(store, uris, dir.resolve("dumps"),
                b -> b.basePath(uris.basePath())).server();
            try {
                String article = "rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁";
                HttpResponse<String> turtle = get(server, "/newsgraph/" + article, "text/turtle");
                assertEquals(200, turtle.statusCode());
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(g);
                assertTrue(g.find(NodeFactory.createURI(BASE + article), Node.ANY, Node.ANY).hasNext());

                String page = get(server, "/newsgraph/" + article, "text/html").body();
                assertTrue(page.contains("href=\"/newsgraph/place/henan\""), "links stay on the site");
                assertTrue(page.contains("href=\"/newsgraph/assets/site.css\""));

                Graph voidDescription = GraphFactory.createDefaultGraph();
                RDFParser.fromString(get(server, "/newsgraph/.well-known/void", "text/turtle").body(), Lang.TURTLE)
                    .parse(voidDescription);
                assertTrue(voidDescription.contains(NodeFactory.createURI(BASE + "dataset"), VOID.sparqlEndpoint.asNode(),
                    NodeFactory.createURI(BASE + "sparql")));
                assertEquals(200, get(server, "/newsgraph/dumps/newsgraph.ttl.gz", "*/*").statusCode());
                assertEquals(404, get(server, "/" + article, "text/turtle").statusCode(), "nothing outside the base");
            } finally {
                server.stop();
            }
        }
    }

    private static HttpResponse<String> get(NewsgraphServer server, String path, String accept) throws Exception {
        URI uri = URI.create(new URI("http", null, "127.0.0.1", server.port(), path, null, null).toASCIIString());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Accept", accept).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
