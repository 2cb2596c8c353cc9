package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Federated queries that try to reach an endpoint off the allow-list: by a variable, silently, by a URL that differs
 * from an allowed one in case, encoding, user info or port, and through an allowed endpoint that redirects. The
 * forbidden endpoint is a local server that counts what it receives and would answer every query.
 */
class ServiceAllowListTest {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceAllowListTest.class);
    private static final String FORBIDDEN_DATA = "forbidden-endpoint-answered";
    private static final List<Integer> REDIRECTS = List.of(301, 302, 303, 307, 308);
    private static final String PATTERN = "{ ?item <http://www.wikidata.org/prop/direct/P625> ?where }";

    private static WikidataStandIn wikidata;
    private static HttpServer forbidden;
    private static HttpServer redirecting;
    private static final AtomicInteger forbiddenRequests = new AtomicInteger();
    private static final AtomicInteger redirectingRequests = new AtomicInteger();
    private static NewsgraphServer server;
    private static String allowed;
    private static String forbiddenEndpoint;

    @BeforeAll
    static void start() throws IOException {
        wikidata = WikidataStandIn.start("wikidata");
        allowed = wikidata.endpoint("wikidata");
        forbidden = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        forbidden.createContext("/", exchange -> {
            forbiddenRequests.incrementAndGet();
            answer(exchange, 200, "application/sparql-results+json", "{\"head\":{\"vars\":[\"item\",\"where\"]},"
                + "\"results\":{\"bindings\":[{\"item\":{\"type\":\"literal\",\"value\":\"" + FORBIDDEN_DATA + "\"}}]}}");
        });
        forbidden.start();
        forbiddenEndpoint = "http://localhost:" + forbidden.getAddress().getPort() + "/wikidata/sparql";
        redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (int status : REDIRECTS)
            redirecting.createContext("/moved-" + status + "/sparql", exchange -> {
                redirectingRequests.incrementAndGet();
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location", forbiddenEndpoint + (query == null ? "" : "?" + query));
                answer(exchange, status, "text/plain", "moved");
            });
        redirecting.start();
        NewsgraphServer.Builder builder = NewsgraphServer.builder().dataset(DatasetGraphFactory.createTxnMem()).port(0)
            .allowService(allowed);
        for (int status : REDIRECTS)
            builder.allowService(redirectingEndpoint(status));
        server = builder.build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        forbidden.stop(0);
        redirecting.stop(0);
        wikidata.close();
    }

    @Test
    void anAllowedEndpointIsReachedDirectlyAndByAVariable() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("SERVICE <allowed>", "SELECT * { SERVICE <" + allowed + "> " + PATTERN + " }");
        // The query's IRIs are resolved as they are parsed, which removes dot segments.
        cases.put("SERVICE <allowed> with dot segments", "SELECT * { SERVICE <" + allowed.replace("/wikidata/", "/wikidata/./../wikidata/")
            + "> " + PATTERN + " }");
        cases.put("SERVICE SILENT <allowed>", "SELECT * { SERVICE SILENT <" + allowed + "> " + PATTERN + " }");
        cases.put("SERVICE ?e, VALUES allowed", "SELECT * { VALUES ?e { <" + allowed + "> } SERVICE ?e " + PATTERN + " }");
        cases.put("SERVICE ?e, BIND allowed", "SELECT * { BIND(<" + allowed + "> AS ?e) SERVICE ?e " + PATTERN + " }");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = query(c.getValue());
            assertEquals(200, r.statusCode(), c.getKey() + ": " + r.body());
            assertTrue(r.body().contains("Point("), c.getKey() + ": the stand-in's coordinates: " + r.body());
        }
        LOG.info("SERVICE to the allowed endpoint: {} cases", cases.size());
    }

    @Test
    void noOtherEndpointIsReached() throws Exception {
        int port = URI.create(allowed).getPort();
        int otherPort = forbidden.getAddress().getPort();
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("forbidden", forbiddenEndpoint);
        endpoints.put("scheme in capitals", allowed.replace("http://", "HTTP://"));
        endpoints.put("host in capitals", allowed.replace("localhost", "LOCALHOST"));
        endpoints.put("trailing slash", allowed + "/");
        endpoints.put("encoded slash", allowed.replace("/wikidata/sparql", "/wikidata%2Fsparql"));
        endpoints.put("encoded letters", allowed.replace("/sparql", "/%73parql"));
        endpoints.put("query string", allowed + "?x=1");
        endpoints.put("fragment", allowed + "#x");
        endpoints.put("user info naming the allowed host", "http://localhost:" + port + "@localhost:" + otherPort + "/wikidata/sparql");
        endpoints.put("at sign in the path", allowed + "@localhost:" + otherPort + "/");
        endpoints.put("other port", allowed.replace(":" + port + "/", ":" + otherPort + "/"));
        endpoints.put("address for the name", allowed.replace("localhost", "127.0.0.1"));
        endpoints.put("allowed URL as a prefix", allowed + ".evil/sparql");
        endpoints.put("https", allowed.replace("http://", "https://"));
        Map<String, String> cases = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : endpoints.entrySet()) {
            String iri = "<" + e.getValue() + ">";
            cases.put("SERVICE, " + e.getKey(), "SELECT * { SERVICE " + iri + " " + PATTERN + " }");
            cases.put("SERVICE ?e, VALUES " + e.getKey(), "SELECT * { VALUES ?e { " + iri + " } SERVICE ?e " + PATTERN + " }");
            cases.put("SERVICE ?e, BIND " + e.getKey(), "SELECT * { BIND(" + iri + " AS ?e) SERVICE ?e " + PATTERN + " }");
            cases.put("SERVICE SILENT, " + e.getKey(), "SELECT * { SERVICE SILENT " + iri + " " + PATTERN + " }");
            cases.put("SERVICE SILENT ?e, " + e.getKey(), "SELECT * { VALUES ?e { " + iri + " } SERVICE SILENT ?e " + PATTERN + " }");
        }
        cases.put("SERVICE ?e, computed", "SELECT * { BIND(IRI(CONCAT(\"http://localhost:\", \"" + otherPort
            + "\", \"/wikidata/sparql\")) AS ?e) SERVICE ?e " + PATTERN + " }");
        // Sent on, an inner SERVICE would be run by the allowed endpoint, as the stand-in (a plain Fuseki) does.
        cases.put("SERVICE inside an allowed SERVICE", "SELECT * { SERVICE <" + allowed + "> { SERVICE <" + forbiddenEndpoint
            + "> " + PATTERN + " } }");
        cases.put("SERVICE ?e inside an allowed SERVICE", "SELECT * { SERVICE <" + allowed + "> { BIND(<" + forbiddenEndpoint
            + "> AS ?e) SERVICE ?e " + PATTERN + " } }");
        cases.put("SERVICE in a FILTER EXISTS inside an allowed SERVICE", "SELECT * { SERVICE <" + allowed + "> { ?item ?p ?o "
            + "FILTER EXISTS { SERVICE <" + forbiddenEndpoint + "> " + PATTERN + " } } }");
        cases.put("SERVICE in a sub-query inside an allowed SERVICE", "SELECT * { SERVICE <" + allowed + "> { SELECT * { SERVICE <"
            + forbiddenEndpoint + "> " + PATTERN + " } } }");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            int reached = forbiddenRequests.get();
            HttpResponse<String> r = query(c.getValue());
            if (forbiddenRequests.get() != reached)
                failures.add(c.getKey() + ": reached the forbidden endpoint");
            // SILENT may turn the refusal into no answer, not into another endpoint's.
            boolean silent = c.getKey().contains("SILENT");
            if (!(r.statusCode() >= 400 && r.statusCode() < 500 || silent && r.statusCode() == 200))
                failures.add(c.getKey() + ": " + r.statusCode() + " " + r.body());
            if (r.body().contains(FORBIDDEN_DATA) || r.body().contains("Point("))
                failures.add(c.getKey() + ": answered with data from the endpoint: " + r.body());
        }
        // The allowed endpoint's rows stream out before the next binding is refused: the answer is cut short there.
        HttpResponse<String> mixed = query("SELECT * { VALUES ?e { <" + allowed + "> <" + forbiddenEndpoint
            + "> } SERVICE ?e " + PATTERN + " }");
        if (!mixed.body().contains("not on this server's allow-list") || mixed.body().contains(FORBIDDEN_DATA))
            failures.add("SERVICE ?e, allowed then forbidden: " + mixed.statusCode() + " " + mixed.body());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(0, forbiddenRequests.get(), "requests that reached the forbidden endpoint");
        LOG.info("SERVICE to endpoints off the list: {} cases", cases.size() + 1);
    }

    @Test
    void aRedirectFromAnAllowedEndpointIsNotFollowed() throws Exception {
        List<String> failures = new ArrayList<>();
        int before = redirectingRequests.get();
        int cases = 0;
        for (int status : REDIRECTS) {
            for (String silent : List.of("", "SILENT ")) {
                HttpResponse<String> r = query("SELECT * { SERVICE " + silent + "<" + redirectingEndpoint(status) + "> " + PATTERN + " }");
                cases++;
                if (!(r.statusCode() >= 400 && r.statusCode() < 500 || !silent.isEmpty() && r.statusCode() == 200))
                    failures.add(status + " " + silent + ": " + r.statusCode() + " " + r.body());
                if (r.body().contains(FORBIDDEN_DATA))
                    failures.add(status + " " + silent + ": answered with the forbidden endpoint's data");
            }
        }
        assertEquals(cases, redirectingRequests.get() - before, "each query asked the allowed endpoint once");
        assertEquals(0, forbiddenRequests.get(), "requests that reached the forbidden endpoint");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        LOG.info("SERVICE to allowed endpoints that redirect: {} cases", cases);
    }

    private static String redirectingEndpoint(int status) {
        return "http://localhost:" + redirecting.getAddress().getPort() + "/moved-" + status + "/sparql";
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                + "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
