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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.read.ListAppender;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.store.NewsgraphStore;
import org.slf4j.LoggerFactory;

class NewsgraphServerTest {

    private static final String HEADLINES = "SELECT ?lang ?headline { <" + TestCorpus.REFERENCE_URI + "> "
        + "<https://schema.org/headline> ?zh ; <https://schema.org/workTranslation> ?t . ?t <https://schema.org/headline> ?en . "
        + "VALUES ?lang { 'zh' 'en' } BIND(IF(?lang = 'zh', ?zh, ?en) AS ?headline) } ORDER BY DESC(?lang)";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Names the slow query in the server's log. */
    private static final String SLOW_MARKER = "crossProductRows";
    /**
     * Four unconstrained patterns over the store's thousands of triples: more than 10^12 rows to count, which no
     * machine does within the timeout.
     */
    private static final String SLOW =
        "SELECT (COUNT(*) AS ?" + SLOW_MARKER + ") { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    static Path dir;
    private static NewsgraphStore store;
    private static NewsgraphServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = NewsgraphStore.open(dir.resolve("tdb2"));
        TestCorpus.loadInto(store);
        server = NewsgraphServer.builder().dataset(store.dataset()).port(0).queryTimeout(TIMEOUT)
            .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void referenceHeadlineInBothLanguagesOverGet() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + encode(HEADLINES), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("中南六省区增强工业战线  领导重心转向钢铁", rs.next().getLiteral("headline").getLexicalForm());
        assertEquals("Central South Six Provinces and Regions Strengthen the Industrial Front: Leadership Focus Shifts to Steel",
            rs.next().getLiteral("headline").getLexicalForm());
        assertTrue(!rs.hasNext());
    }

    @Test
    void queryByPostInEveryResultFormat() throws Exception {
        for (var format : List.of(
                List.of("application/sparql-results+json", "\"head\""),
                List.of("application/sparql-results+xml", "<sparql"),
                List.of("text/csv", "lang,headline"),
                List.of("text/tab-separated-values", "?lang\t?headline"))) {
            HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", format.get(0))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(HEADLINES))));
            assertEquals(200, form.statusCode(), format.get(0));
            assertTrue(form.body().contains(format.get(1)), format.get(0) + ": " + form.body());
            assertTrue(form.body().contains("领导重心转向钢铁"), format.get(0));
        }
        HttpResponse<String> direct = send(HttpRequest.newBuilder(uri("/sparql"))
            .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(HEADLINES)));
        assertEquals(200, direct.statusCode());
        assertTrue(direct.body().contains("领导重心转向钢铁"));
    }

    @Test
    void constructAnswersTurtleAndJsonLd() throws Exception {
        String construct = "CONSTRUCT { <" + TestCorpus.REFERENCE_URI + "> ?p ?o } WHERE { <" + TestCorpus.REFERENCE_URI + "> ?p ?o }";
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
            HttpResponse<String> r = get("/sparql?query=" + encode(construct), lang.getHeaderString());
            assertEquals(200, r.statusCode(), lang.toString());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), lang).parse(g);
            assertTrue(g.size() >= 12, lang + " gave " + g.size() + " triples");
        }
    }

    @Test
    void graphStoreProtocolReadsAnArticleGraph() throws Exception {
        String graph = TestCorpus.BASE + "graph/rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁";
        HttpResponse<String> r = get("/get?graph=" + encode(graph), "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertTrue(r.body().contains("新华社4日讯"));
        assertTrue(g.size() > 20);
    }

    @Test
    void defaultGraphOfTheGraphStoreIsTheUnionQueriesSee() throws Exception {
        HttpResponse<String> r = get("/get?default", "application/n-triples");
        assertEquals(200, r.statusCode());
        Graph served = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(served);
        HttpResponse<String> count = get("/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "text/csv");
        assertEquals(Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().trim()), served.size());
        assertTrue(served.contains(NodeFactory.createURI(TestCorpus.REFERENCE_URI),
            NodeFactory.createURI("https://schema.org/dateline"), Node.ANY));
    }

    @Test
    void noUpdateAndNoUpload() throws Exception {
        long before = store.graphCount();
        String update = "INSERT DATA { <http://example.org/s> <http://example.org/p> 'x' }";
        HttpResponse<String> onQuery = refused(HttpRequest.newBuilder(uri("/sparql"))
            .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)));
        assertTrue(onQuery.statusCode() >= 400 && onQuery.statusCode() < 500, "update on /sparql: " + onQuery.statusCode());
        HttpResponse<String> asForm = refused(HttpRequest.newBuilder(uri("/sparql"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(update))));
        assertTrue(asForm.statusCode() >= 400 && asForm.statusCode() < 500, "update form on /sparql: " + asForm.statusCode());
        for (String path : List.of("/update", "/data", "/upload", "/")) {
            HttpResponse<String> r = refused(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + ": " + r.statusCode());
        }
        for (String method : List.of("PUT", "POST", "DELETE")) {
            HttpResponse<String> r = refused(HttpRequest.newBuilder(uri("/get?default"))
                .header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 'x' .")));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " /get: " + r.statusCode());
        }
        assertEquals(before, store.graphCount());
        HttpResponse<String> ask = get("/sparql?query=" + encode("ASK { ?s ?p 'x' }"), "text/csv");
        assertTrue(ask.body().toLowerCase().contains("false"), ask.body());
    }

    @Test
    void aSlowQueryIsStoppedWhileASimpleQueryStillAnswers() throws Exception {
        // Fuseki logs each request as its handling starts: that line, not a pause, says the slow query is running.
        CountDownLatch slowStarted = new CountDownLatch(1);
        AppenderBase<ILoggingEvent> watch = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getFormattedMessage().contains(SLOW_MARKER))
                    slowStarted.countDown();
            }
        };
        watch.start();
        Logger fuseki = (Logger) LoggerFactory.getLogger(Fuseki.actionLogName);
        var level = fuseki.getLevel();
        boolean additive = fuseki.isAdditive();
        fuseki.setLevel(ch.qos.logback.classic.Level.INFO);
        fuseki.setAdditive(false);
        fuseki.addAppender(watch);
        try {
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                HttpRequest.newBuilder(uri("/sparql?query=" + encode(SLOW))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
            assertTrue(slowStarted.await(20, TimeUnit.SECONDS), "the server took up the slow query");

            HttpResponse<String> simple = get("/sparql?query=" + encode(HEADLINES), "text/csv");
            assertEquals(200, simple.statusCode());
            assertTrue(simple.body().contains("领导重心转向钢铁"));

            HttpResponse<String> stopped = slow.get(TIMEOUT.toSeconds() + 20, TimeUnit.SECONDS);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, stopped.statusCode(), stopped.body());
            assertTrue(elapsed.compareTo(TIMEOUT) >= 0, "stopped after " + elapsed + ", before the timeout");
            assertTrue(elapsed.compareTo(TIMEOUT.plusSeconds(20)) < 0, "stopped only after " + elapsed);
        } finally {
            fuseki.detachAppender(watch);
            fuseki.setAdditive(additive);
            fuseki.setLevel(level);
        }
    }

    @Test
    void crossOriginQueriesAreAllowed() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/sparql"))
            .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "Content-Type")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(preflight.statusCode() < 300, "preflight: " + preflight.statusCode());
        assertEquals("https://example.org", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/sparql?query=" + encode("ASK {}")))
            .header("Origin", "https://example.org").GET());
        assertEquals("https://example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void oneLogLinePerRequest() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger("org.newsgraph.server.request");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        var level = log.getLevel();
        log.setLevel(ch.qos.logback.classic.Level.INFO);
        log.addAppender(lines);
        try {
            get("/sparql?query=" + encode("ASK {}"), "text/csv");
            get("/nothing-here", "text/plain");
        } finally {
            log.detachAppender(lines);
            log.setLevel(level);
        }
        assertEquals(2, lines.list.size(), lines.list.toString());
        assertTrue(lines.list.get(0).getFormattedMessage().matches("GET /sparql\\?query=ASK.* 200 \\d+ ms"),
            lines.list.get(0).getFormattedMessage());
        assertTrue(lines.list.get(1).getFormattedMessage().matches("GET /nothing-here 404 \\d+ ms"),
            lines.list.get(1).getFormattedMessage());
    }

    @Test
    void servesUnderTheBasePathWhateverTheHostName() throws Exception {
        NewsgraphServer under = NewsgraphServer.builder().dataset(store.dataset()).port(0).basePath("/newsgraph/")
            .build().start();
        try {
            for (String host : List.of("localhost", "127.0.0.1")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + under.port()
                    + "/newsgraph/sparql?query=" + encode(HEADLINES))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), host);
                assertTrue(r.body().contains("领导重心转向钢铁"));
            }
            HttpResponse<String> outside = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + under.port()
                + "/sparql?query=" + encode(HEADLINES))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, outside.statusCode());
        } finally {
            under.stop();
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a request the server refuses, on a connection of its own: a server may close the connection after
     * refusing a request whose body it did not read, and a shared client could reuse that connection.
     */
    private static HttpResponse<String> refused(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
