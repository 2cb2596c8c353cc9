package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.store.NewsgraphStore;

/** The README's federated query, run through newsgraph's endpoint against a local stand-in for Wikidata. */
class FederationTest {

    static final String WIKIDATA = org.newsgraph.rdf.Namespaces.WIKIDATA_QUERY_SERVICE;

    @TempDir
    static Path dir;
    private static NewsgraphStore store;
    private static WikidataStandIn wikidata;
    private static NewsgraphServer server;
    private static String standIn;
    private static String elsewhere;

    @BeforeAll
    static void start() {
        wikidata = WikidataStandIn.start("wikidata", "elsewhere");
        standIn = wikidata.endpoint("wikidata");
        elsewhere = wikidata.endpoint("elsewhere");
        store = NewsgraphStore.open(dir.resolve("tdb2"));
        TestCorpus.loadInto(store);
        server = NewsgraphServer.builder().dataset(store.dataset()).port(0).allowService(standIn).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        wikidata.close();
        store.close();
    }

    @Test
    void theReadmeQueryJoinsOurPlacesWithWikidataCoordinates() throws Exception {
        HttpResponse<String> r = query(readmeQuery().replace(WIKIDATA, standIn));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("place,coordinates",
            "Guangdong,Point(113.5 23.4)", "Guangxi Zhuang Autonomous Region,Point(108.3 23.6)", "Henan,Point(113.5 33.9)",
            "Hubei,Point(112.3 31.2)", "Hunan,Point(111.8 27.6)", "Jiangxi,Point(116 27.3)"),
            List.of(r.body().split("\r\n")));
    }

    @Test
    void anEndpointOffTheAllowListIsRefused() throws Exception {
        HttpResponse<String> direct = query(readmeQuery().replace(WIKIDATA, elsewhere));
        assertTrue(direct.statusCode() >= 400, direct.statusCode() + " " + direct.body());
        assertTrue(direct.body().contains("not on this server's allow-list"), direct.body());
        HttpResponse<String> variable = query("SELECT * { VALUES ?e { <" + elsewhere + "> } SERVICE ?e { ?s ?p ?o } }");
        assertTrue(variable.statusCode() >= 400 && variable.body().contains("allow-list"), variable.body());
    }

    @Test
    void withoutAnAllowListNoServiceIsReached() throws Exception {
        NewsgraphServer closed = NewsgraphServer.builder().dataset(store.dataset()).port(0).build().start();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + closed.port() + "/sparql?query="
                    + URLEncoder.encode(readmeQuery().replace(WIKIDATA, standIn), StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400 && r.body().contains("allow-list"), r.body());
        } finally {
            closed.stop();
        }
    }

    static String readmeQuery() {
        Matcher m = Pattern.compile("```sparql\\n((?:(?!```).)*SERVICE <" + Pattern.quote(WIKIDATA) + ">(?:(?!```).)*)```",
            Pattern.DOTALL)
            .matcher(TestCorpus.read(Path.of("README.md")));
        assertTrue(m.find(), "the README shows a federated query");
        return m.group(1);
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                + "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
