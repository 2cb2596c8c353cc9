package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each request bound of the server, tried just under and just over, on a real server: the body of a POST (a query
 * alone or in a form), the request line and headers (so the URL), and the size of an answer; and an answer cut by
 * the timeout is never sent in part.
 */
class RequestBoundsTest {

    private static final int MAX_BODY = 8192;
    private static final int MAX_HEAD = 8192;
    private static final int MAX_ANSWER = 4096;
    private static final String ADVICE = "; the dumps hold everything";

    private static NewsgraphServer server;

    @BeforeAll
    static void start() {
        server = NewsgraphServer.builder().dataset(DatasetGraphFactory.createTxnMem()).port(0)
            .maxRequestBody(MAX_BODY).maxRequestHead(MAX_HEAD).maxAnswer(MAX_ANSWER, ADVICE)
            .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aQueryBodyUpToTheBoundIsAnsweredAndOneByteMoreIsRefused() throws Exception {
        HttpResponse<String> under = send(HttpRequest.newBuilder(uri("/sparql"))
            .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(paddedQuery(MAX_BODY))));
        assertEquals(200, under.statusCode(), under.body());
        assertEquals("_askResult\r\ntrue\r\n", under.body());
        HttpResponse<String> over = send(HttpRequest.newBuilder(uri("/sparql"))
            .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(paddedQuery(MAX_BODY + 1))));
        assertEquals(413, over.statusCode());
    }

    @Test
    void aFormUpToTheBoundIsAnsweredAndOneByteMoreIsRefused() throws Exception {
        String prefix = "query=" + URLEncoder.encode("ASK {} #", StandardCharsets.UTF_8);
        HttpResponse<String> under = send(form(prefix + "x".repeat(MAX_BODY - prefix.length())));
        assertEquals(200, under.statusCode(), under.body());
        assertTrue(under.body().contains("true"), under.body());
        HttpResponse<String> over = send(form(prefix + "x".repeat(MAX_BODY + 1 - prefix.length())));
        assertEquals(413, over.statusCode());
        HttpResponse<String> tenMegabytes = send(form(prefix + "x".repeat(10 << 20)));
        assertEquals(413, tenMegabytes.statusCode());
    }

    @Test
    void aQueryBodyMustStateItsLength() throws Exception {
        byte[] query = paddedQuery(MAX_BODY - 1).getBytes(StandardCharsets.UTF_8);
        // A body from a stream has no Content-Length: the server learns its size only by reading it.
        HttpResponse<String> over = send(HttpRequest.newBuilder(uri("/sparql"))
            .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(query))));
        assertEquals(411, over.statusCode(), over.body());
    }

    @Test
    void aRequestHeadUpToTheBoundIsAnsweredAndOneByteMoreIsRefused() throws Exception {
        String under = requestWithUrlOfHeadSize(MAX_HEAD);
        assertEquals(200, status(rawExchange(under)), under.length() + " bytes");
        assertEquals(431, status(rawExchange(requestWithUrlOfHeadSize(MAX_HEAD + 1))));
        // A request line alone over the bound is refused as a URI too long.
        String tenMegabytes = "GET /sparql?query=" + URLEncoder.encode("ASK {} #", StandardCharsets.UTF_8)
            + "x".repeat(10 << 20) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        assertEquals(414, status(rawExchange(tenMegabytes)));
        assertEquals(200, status(rawExchange(requestWithHeaderOfHeadSize(MAX_HEAD))));
        assertEquals(431, status(rawExchange(requestWithHeaderOfHeadSize(MAX_HEAD + 1))));
    }

    @Test
    void anAnswerUpToTheBoundIsSentAndOneByteMoreIsRefusedWhole() throws Exception {
        // A CSV answer of one value is its header line "v", CRLF, the value, CRLF: five bytes more than the value.
        HttpResponse<String> under = get("/sparql?query=" + URLEncoder.encode(oneValue(MAX_ANSWER - 5),
            StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, under.statusCode());
        assertEquals(MAX_ANSWER, under.body().length());
        assertEquals(String.valueOf(MAX_ANSWER), under.headers().firstValue("Content-Length").orElse(null));
        HttpResponse<String> over = get("/sparql?query=" + URLEncoder.encode(oneValue(MAX_ANSWER - 4),
            StandardCharsets.UTF_8), "text/csv");
        assertEquals(422, over.statusCode());
        assertTrue(over.body().startsWith("The answer is larger than " + MAX_ANSWER + " bytes"), over.body());
        assertTrue(over.body().contains(ADVICE), over.body());
        assertTrue(!over.body().contains("aaaa"), "nothing of the answer is sent: " + over.body());
    }

    @Test
    void aQueryStoppedWhileWritingItsRowsSendsTheErrorAndNoneOfThem() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(data, () -> {
            for (int i = 0; i < 10_000; i++)
                data.getDefaultGraph().add(NodeFactory.createURI("http://example.org/s" + i),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteral("o" + i));
        });
        // A row as soon as one subject is compared with all the others, and 10^8 comparisons in all.
        String slowRows = "SELECT ?s { ?s ?p ?o . ?t ?q ?r FILTER(STR(?t) = STR(?s)) }";
        NewsgraphServer slow = NewsgraphServer.builder().dataset(data).port(0).queryTimeout(Duration.ofSeconds(1))
            .build().start();
        try {
            HttpResponse<String> stopped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + slow.port() + "/sparql?query=" + URLEncoder.encode(slowRows,
                    StandardCharsets.UTF_8))).header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(400, stopped.statusCode(), stopped.body());
            assertTrue(stopped.body().contains("Query cancelled due to timeout"), stopped.body());
            assertTrue(!stopped.body().contains("http://example.org/s"), "rows were sent: " + stopped.body());
        } finally {
            slow.stop();
        }
    }

    /** A query of exactly {@code bytes} bytes in UTF-8. */
    private static String paddedQuery(int bytes) {
        String ask = "ASK {} #";
        return ask + "x".repeat(bytes - ask.length());
    }

    /** A SELECT answering one row with one value, a string of {@code length} letters. */
    private static String oneValue(int length) {
        return "SELECT ?v { VALUES ?v { \"" + "a".repeat(length) + "\" } }";
    }

    private static String requestWithUrlOfHeadSize(int bytes) {
        String start = "GET /sparql?query=" + URLEncoder.encode("ASK {} #", StandardCharsets.UTF_8);
        String rest = " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        return start + "x".repeat(bytes - start.length() - rest.length()) + rest;
    }

    private static String requestWithHeaderOfHeadSize(int bytes) {
        String start = "GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Padding: ";
        String end = "\r\n\r\n";
        return start + "x".repeat(bytes - start.length() - end.length()) + end;
    }

    /** Sends {@code request} as it is, over a socket of its own, and reads the answer until the server closes. */
    private static String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedWhileSending) {
                // The server may answer and close before reading a request that is over a bound.
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static int status(String response) {
        assertTrue(response.startsWith("HTTP/1.1 "), "no HTTP answer: " + response);
        return Integer.parseInt(response.substring(9, 12));
    }

    private static HttpRequest.Builder form(String body) throws Exception {
        return HttpRequest.newBuilder(uri("/sparql"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    /**
     * Sends {@code request} on a connection of its own: the server closes a connection after refusing a body it
     * did not read, which a shared client could otherwise reuse.
     */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
            .send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
