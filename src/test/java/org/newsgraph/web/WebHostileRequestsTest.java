package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.ArticleLoader;
import org.newsgraph.store.NewsgraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hostile requests against the site and its SPARQL endpoints, each a named case sent byte for byte over a socket:
 * attempts to write, to reach Fuseki's administration, to leave the file folders, to inject markup, and requests
 * that make errors. The site serves the reference article and a copy of another whose texts are markup.
 */
class WebHostileRequestsTest {

    private static final Logger LOG = LoggerFactory.getLogger(WebHostileRequestsTest.class);

    private static final String ARTICLE = "/rmrb/1958-09-05/p1/" + encode("中南六省区增强工业战线_领导重心转向钢铁");
    private static final String HOSTILE_ARTICLE = "/rmrb/1958-12-01/p3/" + encode("食堂好_hostile");
    private static final String HOSTILE_ISSUE = "/rmrb/1958-12-01";
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    private static final String LINK = "<a href=\"javascript:alert(2)\">link</a>";
    private static final String TEMPLATE = "{{7*7}} ${7*7} @{7*7}";
    /**
     * What must never be in an HTML answer: elements or a link's target that came from the data or the request.
     * Quotes and {@code javascript:} in text are harmless once {@code <} is escaped.
     */
    private static final Pattern INJECTED = Pattern.compile(
        "<script>alert|<img src=x|<[^<>]*\\s(?:href|src|action)\\s*=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE);
    private static final String SECRET = "TOP-SECRET-4711";
    private static final String UPDATE = "INSERT DATA { <http://example.org/s> <http://example.org/p> 'written' }";
    private static final String TRIPLE = "<http://example.org/s> <http://example.org/p> 'written' .";
    private static final String HTML = "text/html";

    @TempDir
    static Path dir;
    private static NewsgraphStore store;
    private static NewsgraphServer server;
    private static RawRequests raw;
    /** Cases run, by kind, for the report. */
    private static final Map<String, Integer> CASES = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        store = NewsgraphStore.open(dir.resolve("tdb2"));
        Path hostile = Files.createDirectories(dir.resolve("hostile")).resolve("rmrb__1958.12__1958-12-01_食堂好_hostile.md.txt");
        Files.writeString(hostile, TestCorpus.read(TestCorpus.file("1958-12-01_食堂好"))
            .replace("Title: The Dining Hall is Good", "Title: " + SCRIPT + " " + IMAGE + " " + LINK + " " + TEMPLATE)
            .replace("Author:\n", "Author: " + IMAGE + "\n")
            .replace("The food cooked in the dining hall is fragrant,", SCRIPT + " javascript:alert(3) " + TEMPLATE + " " + IMAGE)
            .replace("### 食堂好", "### 食堂好" + SCRIPT)
            .replace("专栏：", "专栏：" + IMAGE));
        // Two articles and no authority data: the pages of their entities are drawn from the article graphs.
        ArticleLoader loader = ArticleLoader.builder().store(store).converter(TestCorpus.converter()).build();
        assertEquals(2, loader.load(List.of(TestCorpus.REFERENCE, hostile)).loaded(), "both articles load");
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        server = ServedSite.start(store, UriScheme.of(TestCorpus.BASE), dir.resolve("dumps")).server();
        raw = new RawRequests(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
        LOG.info("hostile requests by kind: {}", CASES);
    }

    // ---- 1. no write of any kind over HTTP

    @Test
    void noRequestWritesAnything() throws Exception {
        String before = digest();
        long quads = store.quadCount();
        List<String> paths = List.of("/sparql", "/get", "/", "/update", "/data", "/upload", "/ds", "/ds/update",
            "/ds/data", ARTICLE, HOSTILE_ISSUE, "/dumps/", "/dumps/newsgraph.nq.gz", "/query", "/ontology/newsgraph.ttl",
            "/assets/site.css", "/.well-known/void", "/$/datasets");
        Map<String, Request> cases = new LinkedHashMap<>();
        for (String path : paths) {
            cases.put("update body to " + path,
                new Request("POST", path, Map.of("Content-Type", "application/sparql-update"), UPDATE));
            cases.put("update form to " + path,
                new Request("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"), "update=" + encode(UPDATE)));
            cases.put("update in the query string of " + path,
                new Request("POST", path + "?update=" + encode(UPDATE), Map.of("Content-Type", "application/x-www-form-urlencoded"), ""));
            cases.put("multipart upload to " + path, new Request("POST", path,
                Map.of("Content-Type", "multipart/form-data; boundary=b0undary"), multipart()));
        }
        String graph = "?graph=" + encode(TestCorpus.REFERENCE_URI);
        for (String target : List.of("/get?default", "/get" + graph, "/get", "/sparql?default", "/sparql" + graph,
                "/data?default", "/?default", ARTICLE, "/dumps/newsgraph.ttl.gz", "/dumps/new.ttl", "/ontology/newsgraph.ttl"))
            for (String method : List.of("PUT", "POST", "DELETE", "PATCH"))
                cases.put(method + " Turtle to " + target,
                    new Request(method, target, Map.of("Content-Type", "text/turtle"), method.equals("DELETE") ? "" : TRIPLE));
        cases.put("POST N-Quads to /get", new Request("POST", "/get", Map.of("Content-Type", "application/n-quads"),
            "<http://example.org/s> <http://example.org/p> 'written' <http://example.org/g> ."));
        cases.put("RDF Patch to /get", new Request("POST", "/get", Map.of("Content-Type", "application/rdf-patch"),
            "A <http://example.org/s> <http://example.org/p> \"written\" .\n"));
        cases.put("update with a query's content type", new Request("POST", "/sparql",
            Map.of("Content-Type", "application/sparql-query"), UPDATE));
        cases.put("update by GET on the query endpoint", new Request("GET", "/sparql?update=" + encode(UPDATE), Map.of(), ""));
        cases.put("update by GET on the graph store", new Request("GET", "/get?update=" + encode(UPDATE), Map.of(), ""));
        cases.put("update as the query parameter", new Request("GET", "/sparql?query=" + encode(UPDATE), Map.of(), ""));
        cases.put("update with an override of the method", new Request("POST", "/get?default",
            Map.of("Content-Type", "text/turtle", "X-HTTP-Method-Override", "PUT"), TRIPLE));
        List<String> failures = send("write", cases, status -> status >= 400 && status < 500);
        assertEquals(before, digest(), "the store is unchanged");
        assertEquals(quads, store.quadCount());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void fusekiAdministrationIsNotServed() throws Exception {
        String before = digest();
        Map<String, Request> cases = new LinkedHashMap<>();
        for (String path : List.of("/$/datasets", "/$/datasets/ds", "/$/server", "/$/backup/ds", "/$/backups-list",
                "/$/compact/ds", "/$/reload", "/$/tasks", "/$/tasks/1", "/$/stats", "/$/stats/ds", "/$/metrics",
                "/$/ping", "/$/sleep/10", "/$/logs", "/$/status", "/$/shutdown", "/$/", "/$/datasets?dbName=x&dbType=mem"))
            for (String method : List.of("GET", "POST", "DELETE"))
                cases.put(method + " " + path, new Request(method, path,
                    method.equals("POST") ? Map.of("Content-Type", "application/x-www-form-urlencoded") : Map.of(),
                    method.equals("POST") ? "dbName=x&dbType=tdb2" : ""));
        List<String> failures = send("administration", cases, status -> status >= 400 && status < 500);
        assertEquals(before, digest(), "the store is unchanged");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void traceAndOtherMethodsAreRefusedAndOptionsOnlyDescribes() throws Exception {
        Map<String, Request> refused = new LinkedHashMap<>();
        for (String path : List.of("/", "/sparql", "/get?default", ARTICLE, "/dumps/newsgraph.nq.gz", "/query", "/nowhere"))
            for (String method : List.of("TRACE", "TRACK", "CONNECT", "PROPFIND", "MKCOL", "COPY", "MOVE", "LOCK", "FOO"))
                refused.put(method + " " + path, new Request(method, path, Map.of("X-Echo", SCRIPT), ""));
        List<String> failures = new ArrayList<>(send("other method", refused,
            status -> status >= 400 && status < 500));
        Map<String, Request> options = new LinkedHashMap<>();
        for (String path : List.of("/", "/sparql", "/get?default", ARTICLE, "/dumps/", "*"))
            options.put("OPTIONS " + path + " with an update", new Request("OPTIONS", path,
                Map.of("Content-Type", "application/sparql-update", "Origin", "http://evil.example",
                    "Access-Control-Request-Method", "PUT"), UPDATE));
        // OPTIONS may describe a resource (a CORS preflight) but must not offer to write.
        failures.addAll(send("options", options, status -> status < 500));
        for (Map.Entry<String, Request> c : options.entrySet()) {
            RawRequests.Answer a = c.getValue().send();
            String allowed = a.header("Allow").orElse("");
            for (String write : List.of("PUT", "DELETE", "PATCH"))
                if (allowed.toUpperCase(Locale.ROOT).contains(write))
                    failures.add(c.getKey() + ": offers " + write + " (" + allowed + ")");
            if (a.body().contains(SCRIPT))
                failures.add(c.getKey() + ": echoes the request");
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // ---- 3. markup from the data or the request is escaped

    @Test
    void markupInAnArticleIsEscapedOnEveryPageThatShowsIt() throws Exception {
        RawRequests.Answer article = raw.get(HOSTILE_ARTICLE, HTML);
        assertEquals(200, article.status(), article.toString());
        // Every page the article's page links to under the site: its day, its entities, the overviews.
        Set<String> shown = new LinkedHashSet<>(List.of(HOSTILE_ARTICLE, HOSTILE_ARTICLE + "?lang=zh",
            HOSTILE_ARTICLE + "?lang=en", HOSTILE_ISSUE, HOSTILE_ISSUE + "?lang=zh", "/overviews", "/"));
        Matcher link = Pattern.compile("href=\"(/(?:place|person|organization|concept|rmrb)/[^\"#?]+)").matcher(article.body());
        while (link.find())
            shown.add(link.group(1).contains("%") ? link.group(1) : new URI(null, null, link.group(1), null).toASCIIString());
        assertTrue(shown.size() > 8, "the article links to its day and its entities: " + shown);
        List<String> failures = new ArrayList<>();
        int escapedSeen = 0;
        for (String path : shown) {
            RawRequests.Answer a = raw.get(path, HTML);
            count("markup in data");
            if (a.status() != 200 || !a.isHtml()) {
                failures.add(path + ": " + a);
                continue;
            }
            failures.addAll(injected(path, a));
            if (a.body().contains("&lt;script&gt;alert(") || a.body().contains("&lt;img src=x"))
                escapedSeen++;
        }
        String page = article.body();
        assertTrue(page.contains("&lt;script&gt;alert(") && page.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "the article's page shows its hostile texts, as text");
        assertTrue(page.contains(TEMPLATE), "template syntax is shown as it is, not evaluated");
        assertTrue(escapedSeen >= 3, "the hostile texts reach several pages: " + escapedSeen);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void markupInPathsAndParametersIsEscaped() throws Exception {
        String script = "%3Cscript%3Ealert(1)%3C/script%3E";
        String image = "%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E";
        Map<String, Request> cases = new LinkedHashMap<>();
        for (String hostile : List.of(script, image, "javascript:alert(1)", "%7B%7B7*7%7D%7D")) {
            cases.put("unknown URI " + hostile, get("/" + hostile));
            cases.put("unknown place " + hostile, get("/place/" + hostile));
            cases.put("unknown article " + hostile, get("/rmrb/1958-09-05/p1/" + hostile));
            cases.put("unknown dump " + hostile, get("/dumps/" + hostile));
            cases.put("unknown ontology " + hostile, get("/ontology/" + hostile));
            cases.put("unknown asset " + hostile, get("/assets/" + hostile));
            cases.put("format " + hostile, get(ARTICLE + "?format=" + hostile));
            cases.put("page " + hostile, get("/place/henan?page=" + hostile));
            cases.put("lang " + hostile, get("/?lang=" + hostile));
            cases.put("other parameter " + hostile, get(HOSTILE_ISSUE + "?x=" + hostile));
            cases.put("parameter name " + hostile, get("/?" + hostile + "=1"));
            cases.put("query page " + hostile, get("/query?query=" + hostile));
            cases.put("SPARQL query " + hostile, get("/sparql?query=" + hostile));
            cases.put("graph " + hostile, get("/get?graph=" + hostile));
            cases.put("language cookie " + hostile, new Request("GET", "/", Map.of("Accept", HTML,
                "Cookie", "lang=" + hostile), ""));
            cases.put("Accept-Language " + hostile, new Request("GET", "/", Map.of("Accept", HTML,
                "Accept-Language", hostile), ""));
        }
        List<String> failures = send("markup in request", cases, status -> status < 500);
        for (Map.Entry<String, Request> c : cases.entrySet()) {
            RawRequests.Answer a = c.getValue().send();
            if (a.isHtml())
                failures.addAll(injected(c.getKey(), a));
            else if (!a.header("X-Content-Type-Options").orElse("").equals("nosniff"))
                failures.add(c.getKey() + ": a " + a.header("Content-Type").orElse("typeless") + " answer without nosniff");
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // ---- 4. security headers

    @Test
    void everyHtmlAnswerCarriesTheSecurityHeaders() throws Exception {
        Map<String, Request> cases = new LinkedHashMap<>();
        cases.put("home", get("/"));
        cases.put("article", get(ARTICLE));
        cases.put("day", get(HOSTILE_ISSUE));
        cases.put("entity", get("/place/henan"));
        cases.put("overviews", get("/overviews"));
        cases.put("query page", get("/query"));
        cases.put("dumps listing", get("/dumps/"));
        cases.put("ontology page", get("/ontology/newsgraph.ttl"));
        cases.put("VoID page", get("/.well-known/void"));
        cases.put("404 unknown URI", get("/nowhere"));
        cases.put("404 unknown dump", get("/dumps/nothing.gz"));
        cases.put("404 unknown ontology", get("/ontology/nothing.ttl"));
        cases.put("404 unknown asset", get("/assets/nothing.css"));
        cases.put("404 unknown graph", get("/get?graph=" + encode("http://example.org/none")));
        cases.put("404 under $", get("/$/nothing"));
        cases.put("405 POST home", new Request("POST", "/", Map.of("Accept", HTML, "Content-Type", "text/plain"), "x"));
        cases.put("405 DELETE article", new Request("DELETE", ARTICLE, Map.of("Accept", HTML), ""));
        cases.put("405 PUT query endpoint", new Request("PUT", "/sparql", Map.of("Accept", HTML, "Content-Type", "text/turtle"), TRIPLE));
        cases.put("405 PUT graph store", new Request("PUT", "/get?default", Map.of("Accept", HTML, "Content-Type", "text/turtle"), TRIPLE));
        cases.put("406 home as PNG", new Request("GET", "/", Map.of("Accept", "image/png"), ""));
        cases.put("406 dumps as PNG", new Request("GET", "/dumps/", Map.of("Accept", "image/png"), ""));
        cases.put("406 graph as PNG", new Request("GET", "/get?graph=" + encode(TestCorpus.REFERENCE_URI),
            Map.of("Accept", "image/png"), ""));
        cases.put("400 page 0", get("/place/henan?page=0"));
        cases.put("400 unknown format", get(ARTICLE + "?format=bogus"));
        cases.put("400 malformed query", get("/sparql?query=" + encode("SELECT * WHERE {")));
        cases.put("400 no query", get("/sparql"));
        cases.put("400 ambiguous path", get("/dumps/%2e%2e/secret.txt"));
        cases.put("400 bad percent-encoding", get("/%zz"));
        cases.put("400 bad Accept", new Request("GET", "/", Map.of("Accept", ";;;=="), ""));
        List<String> failures = send("headers", cases, status -> status < 500);
        for (Map.Entry<String, Request> c : cases.entrySet()) {
            RawRequests.Answer a = c.getValue().send();
            failures.addAll(missingHeaders(c.getKey(), a));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // ---- 5. no path traversal

    @Test
    void noPathLeavesTheServedFolders() throws Exception {
        String secret = dir.resolve("secret.txt").toAbsolutePath().toString();
        Map<String, Request> cases = new LinkedHashMap<>();
        for (String folder : List.of("/dumps/", "/assets/", "/assets/yasgui/", "/ontology/", "/")) {
            for (String escape : List.of("../", "%2e%2e/", "%2E%2E/", "%252e%252e/", "..%2f", "..%2F", "..\\", "..%5c",
                    ".%2e/", "%2e./", "..;/", "....//", "%c0%ae%c0%ae/", "..%252f"))
                for (String target : List.of("secret.txt", "etc/passwd", "pom.xml", "org/newsgraph/web/SiteFilter.class",
                        "../../../../../../../../etc/passwd"))
                    cases.put(folder + escape + target, get(folder + escape + target));
            cases.put(folder + " absolute path", get(folder + secret));
            cases.put(folder + " absolute path, encoded", get(folder + secret.replace("/", "%2f")));
            cases.put(folder + " double slash", get(folder + "/etc/passwd"));
            cases.put(folder + " file URI", get(folder + "file:" + secret));
            cases.put(folder + " NUL byte", get(folder + "newsgraph.ttl.gz%00.txt"));
            cases.put(folder + " NUL then traversal", get(folder + "%00/../secret.txt"));
            cases.put(folder + " home of user", get(folder + "~/.m2/settings.xml"));
        }
        cases.put("//etc/passwd", get("//etc/passwd"));
        cases.put("/etc/passwd", get("/etc/passwd"));
        cases.put("dump then traversal", get("/dumps/newsgraph.ttl.gz/../../secret.txt"));
        cases.put("ontology name with traversal", get("/ontology/..%2fshapes.ttl"));
        cases.put("YASGUI file with traversal", get("/assets/yasgui/..%2f..%2fsite.css"));
        cases.put("class path root", get("/assets/..%2f..%2f..%2fnewsgraph/web/SiteFilter.class"));
        cases.put("WEB-INF", get("/WEB-INF/web.xml"));
        cases.put("META-INF", get("/META-INF/MANIFEST.MF"));
        List<String> failures = send("traversal", cases, status -> status >= 400 && status < 500);
        for (Map.Entry<String, Request> c : cases.entrySet()) {
            String body = c.getValue().send().body();
            for (String leak : List.of(SECRET, "root:x:0:0", "<modelVersion>", "\u00ca\u00fe\u00ba\u00be", "Manifest-Version"))
                if (body.contains(leak))
                    failures.add(c.getKey() + ": the answer holds a file's content (" + leak + ")");
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // ---- 6. no internals in errors

    @Test
    void errorsTellNothingOfTheServersInside() throws Exception {
        Map<String, Request> cases = new LinkedHashMap<>();
        cases.put("malformed query", get("/sparql?query=" + encode("SELECT * WHERE {")));
        cases.put("malformed query by POST", new Request("POST", "/sparql", Map.of("Content-Type", "application/sparql-query"), "SELEKT"));
        cases.put("empty query", get("/sparql?query="));
        cases.put("two queries", get("/sparql?query=" + encode("ASK {}") + "&query=" + encode("ASK {}")));
        cases.put("query with a huge limit", get("/sparql?query=" + encode("SELECT * { ?s ?p ?o } LIMIT 99999999999999999999999")));
        cases.put("query with a huge number", get("/sparql?query=" + encode("SELECT (99999999999999999999999 * 1e308 AS ?x) {}")));
        cases.put("query dividing by zero", get("/sparql?query=" + encode("SELECT (1/0 AS ?x) {}")));
        cases.put("query with a bad IRI", get("/sparql?query=" + encode("SELECT * { <a b> ?p ?o }")));
        cases.put("query with a bad base", get("/sparql?query=" + encode("BASE <::> SELECT * { <x> ?p ?o }")));
        cases.put("query with an unknown function", get("/sparql?query=" + encode("SELECT (<java:java.lang.Runtime>() AS ?x) {}")));
        cases.put("query loading a file", get("/sparql?query=" + encode("SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }")));
        cases.put("query naming a graph file", get("/sparql?query=" + encode("SELECT * { ?s ?p ?o }")
            + "&default-graph-uri=" + encode("file:///etc/passwd")));
        cases.put("unknown output format", get("/sparql?query=" + encode("ASK {}") + "&format=bogus"));
        cases.put("unknown parameter", get("/sparql?query=" + encode("ASK {}") + "&bogus=1"));
        cases.put("bad timeout", get("/sparql?query=" + encode("ASK {}") + "&timeout=abc"));
        cases.put("bad query content type", new Request("POST", "/sparql", Map.of("Content-Type", "application/x-bogus"), "ASK {}"));
        cases.put("bad percent-encoding in a query", get("/sparql?query=%zz"));
        cases.put("bad percent-encoding in a page parameter", get("/?lang=%zz"));
        cases.put("bad form encoding", new Request("POST", "/sparql", Map.of("Content-Type", "application/x-www-form-urlencoded"), "query=%zz"));
        cases.put("bad graph IRI", get("/get?graph=" + encode("<not an iri>")));
        cases.put("empty graph", get("/get?graph="));
        cases.put("default and graph", get("/get?default&graph=" + encode(TestCorpus.REFERENCE_URI)));
        cases.put("graph as unknown format", new Request("GET", "/get?graph=" + encode(TestCorpus.REFERENCE_URI),
            Map.of("Accept", "application/x-bogus"), ""));
        cases.put("default graph as unknown format", new Request("GET", "/get?default", Map.of("Accept", "application/x-bogus"), ""));
        cases.put("page beyond int", get("/place/henan?page=99999999999999999999"));
        cases.put("page at int max", get("/place/henan?page=2147483647"));
        cases.put("negative page", get("/place/henan?page=-1"));
        cases.put("unknown format", get(ARTICLE + "?format=bogus"));
        cases.put("two formats", get(ARTICLE + "?format=ttl&format=bogus"));
        cases.put("bad Accept", new Request("GET", ARTICLE, Map.of("Accept", "text/html;q=abc, */*;;"), ""));
        cases.put("URI with a space", get("/place/a%20b"));
        cases.put("URI with angle brackets", get("/place/%3Cx%3E"));
        cases.put("URI with a quote and braces", get("/place/%22%7B%7D%5C"));
        cases.put("URI with a NUL", get("/place/%00"));
        cases.put("URI with bad UTF-8", get("/place/%ff%fe"));
        cases.put("URI with a lone surrogate", get("/place/%ed%a0%80"));
        cases.put("a very long URI", get("/place/" + "a".repeat(6000)));
        cases.put("a bad range", new Request("GET", "/dumps/newsgraph.ttl.gz", Map.of("Range", "bytes=99999999999-"), ""));
        cases.put("a malformed range", new Request("GET", "/dumps/newsgraph.ttl.gz", Map.of("Range", "bytes=x-y"), ""));
        cases.put("bad cookie", new Request("GET", "/", Map.of("Cookie", "lang=\u00ff\"; ;="), ""));
        cases.put("bad content length", new Request("POST", "/sparql", Map.of("Content-Type", "application/sparql-query",
            "Transfer-Encoding", "chunked"), "zz\r\nASK\r\n0\r\n\r\n"));
        String store = dir.toAbsolutePath().toString();
        List<String> failures = send("error", cases, status -> status < 500);
        for (Map.Entry<String, Request> c : cases.entrySet()) {
            String body = c.getValue().send().body();
            for (String inside : List.of("at org.", "at java.", "Exception", "/tmp", store, "jena", "jetty"))
                if (body.toLowerCase(Locale.ROOT).contains(inside.toLowerCase(Locale.ROOT)))
                    failures.add(c.getKey() + ": the answer tells '" + inside + "': "
                        + body.substring(0, Math.min(400, body.length())));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // ---- helpers

    /** A request as sent. */
    private record Request(String method, String target, Map<String, String> headers, String body) {
        RawRequests.Answer send() throws IOException {
            return raw.send(method, target, headers, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Request get(String target) {
        return new Request("GET", target, Map.of("Accept", HTML), "");
    }

    /** Sends every case; returns those whose status is not {@code expected}, and counts them under {@code kind}. */
    private static List<String> send(String kind, Map<String, Request> cases, IntPredicate expected)
            throws IOException {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Request> c : cases.entrySet()) {
            RawRequests.Answer a = c.getValue().send();
            count(kind);
            if (!expected.test(a.status()))
                failures.add(c.getKey() + ": " + a);
        }
        return failures;
    }

    private static synchronized void count(String kind) { CASES.merge(kind, 1, Integer::sum); }

    private static List<String> injected(String what, RawRequests.Answer a) {
        List<String> found = new ArrayList<>();
        Matcher m = INJECTED.matcher(a.body());
        while (m.find())
            found.add(what + ": unescaped " + m.group() + " in …"
                + a.body().substring(Math.max(0, m.start() - 120), Math.min(a.body().length(), m.end() + 80)) + "…");
        return found;
    }

    private static List<String> missingHeaders(String what, RawRequests.Answer a) {
        List<String> missing = new ArrayList<>();
        String policy = a.header("Content-Security-Policy").orElse("");
        if (a.isHtml() && !policy.contains("default-src"))
            missing.add(what + " (" + a.status() + "): no Content-Security-Policy");
        if (!policy.contains("frame-ancestors 'none'") && !a.header("X-Frame-Options").orElse("").equals("DENY"))
            missing.add(what + " (" + a.status() + "): no frame protection");
        if (!a.header("X-Content-Type-Options").orElse("").equals("nosniff"))
            missing.add(what + " (" + a.status() + "): no X-Content-Type-Options: nosniff");
        if (a.header("Referrer-Policy").isEmpty())
            missing.add(what + " (" + a.status() + "): no Referrer-Policy");
        return missing;
    }

    /** A multipart form upload of a Turtle file, as HTML forms send it. */
    private static String multipart() {
        return "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.ttl\"\r\n"
            + "Content-Type: text/turtle\r\n\r\n" + TRIPLE + "\r\n--b0undary--\r\n";
    }

    /** The SHA-256 of every quad of the store, in order. */
    private static String digest() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        List<String> lines = Txn.calculateRead(store.dataset(), () -> {
            List<String> all = new ArrayList<>();
            store.dataset().find().forEachRemaining((Quad q) -> all.add(NodeFmtLib.str(q)));
            return all;
        });
        lines.sort(null);
        assertTrue(lines.size() > 500, "the store holds the articles: " + lines.size());
        for (String line : lines)
            sha256.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }
}
