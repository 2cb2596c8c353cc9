package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.NewsgraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site and endpoint under load: 32 clients, each with a connection of its own, send the README's example
 * queries, ask for entities as Turtle and JSON-LD and view pages, for 60 s ({@code -Dnewsgraph.load.seconds=N}),
 * over a real TDB2 store of the bundled corpus. Meanwhile three pathological queries are sent, one after another,
 * and must be stopped by the query timeout. No request may fail; the latencies are written to
 * {@code target/load-report.md} and the log, and asserted on only as far as the others keep getting answers.
 */
class ConcurrentClientsIT {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentClientsIT.class);

    private static final int CLIENTS = 32;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("newsgraph.load.seconds", 60));
    /** Seeds each client's choice of requests, so that a run can be repeated. */
    private static final long SEED = Long.getLong("newsgraph.load.seed", 19580905L);
    /**
     * Short, to stop the pathological queries soon, yet well above what the example queries take when 32 requests
     * share the machine's cores (up to 4.75 s seen on two cores shared with other builds).
     */
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);
    /** Far beyond any answer here: only a request that hangs reaches it. */
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(120);
    private static final String ARTICLE = "rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁";
    private static final List<String> ENTITIES = List.of(ARTICLE, "place/henan", "organization/xinhua-news-agency",
        "person/tao-zhu", "concept/steel", "rmrb/1958-09-05");
    private static final List<String> PAGES = List.of("", "overviews", ARTICLE, "rmrb/1958-09-05", "place/henan",
        "person/tao-zhu", "concept/steel");
    /** Each keeps a core busy far longer than the timeout on the bundled corpus (about 107,000 triples). */
    private static final Map<String, String> PATHOLOGICAL = new LinkedHashMap<>();
    static {
        PATHOLOGICAL.put("cross product", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        PATHOLOGICAL.put("unbounded property path", "SELECT (COUNT(*) AS ?n) { ?s (<http://example.org/p>|!<http://example.org/p>)* ?o }");
        PATHOLOGICAL.put("ORDER BY over everything", "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 10");
    }

    @TempDir
    static Path dir;
    private static NewsgraphStore store;
    private static NewsgraphServer server;
    private static SiteRequests site;

    /** A request the clients send, and how its answer is recognised. */
    private record Probe(String kind, String path, String accept, String mediaType, Predicate<String> looksRight) {
        HttpRequest request() throws Exception {
            return HttpRequest.newBuilder(site.uri(path)).header("Accept", accept).timeout(REQUEST_LIMIT).GET().build();
        }

        /** Why {@code response} is not the answer expected, or null when it is. */
        String fault(HttpResponse<String> response) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200)
                return "status " + response.statusCode();
            if (!type.startsWith(mediaType))
                return "type " + type;
            if (!looksRight.test(response.body()))
                return "body " + response.body().substring(0, Math.min(200, response.body().length()));
            return null;
        }
    }

    /** One request sent: its kind, when it started (ns after the run's start), how long it took, what failed. */
    private record Sample(String kind, long startNanos, long nanos, String fault) {}

    private record Stopped(String name, int status, String body, Duration after) {}

    @BeforeAll
    static void start() throws IOException {
        store = NewsgraphStore.open(dir.resolve("tdb2"));
        TestCorpus.loadInto(store);
        server = ServedSite.start(store, UriScheme.of(TestCorpus.BASE), dir.resolve("dumps"),
            b -> b.queryTimeout(QUERY_TIMEOUT)).server();
        site = new SiteRequests(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void thirtyTwoClientsGetEveryAnswerWhilePathologicalQueriesAreStopped() throws Exception {
        List<Probe> probes = probes();
        checkEveryProbeOnce(probes);

        ScheduledExecutorService pathological = Executors.newSingleThreadScheduledExecutor();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        long end = start + RUN.toNanos();
        List<Sample> samples = new ArrayList<>();
        List<Stopped> stopped;
        long[] window = new long[2];
        try {
            List<Future<List<Sample>>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Random choice = new Random(SEED + i);
                running.add(clients.submit(() -> client(probes, choice, start, end)));
            }
            // Sent once the clients have run for a fifth of the time, so there are latencies before to compare with.
            ScheduledFuture<List<Stopped>> sent = pathological.schedule(() -> {
                window[0] = System.nanoTime() - start;
                List<Stopped> answers = sendPathological();
                window[1] = System.nanoTime() - start;
                return answers;
            }, RUN.toNanos() / 5, TimeUnit.NANOSECONDS);
            for (Future<List<Sample>> f : running)
                samples.addAll(f.get());
            stopped = sent.get();
        } finally {
            clients.shutdownNow();
            pathological.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        double serverCpuAfter = serverCpuShareWhileIdle(Duration.ofSeconds(2));

        String report = report(samples, elapsed, stopped, window, serverCpuAfter);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-report.md"), report);
        LOG.info("load test:\n{}", report);

        List<Sample> faults = samples.stream().filter(s -> s.fault() != null).toList();
        assertTrue(faults.isEmpty(), faults.size() + " of " + samples.size() + " requests failed, e.g. "
            + faults.subList(0, Math.min(10, faults.size())));
        for (Stopped s : stopped) {
            assertEquals(503, s.status(), s.name() + ": " + s.body());
            assertTrue(s.after().compareTo(QUERY_TIMEOUT) >= 0, s.name() + " stopped before the timeout: " + s.after());
        }
        long answeredMeanwhile = samples.stream()
            .filter(s -> s.startNanos() >= window[0] && s.startNanos() + s.nanos() <= window[1]).count();
        assertTrue(answeredMeanwhile > 0, "no client got an answer while the pathological queries ran");
        // A query the timeout did not stop would keep one of the server's threads busy all the while.
        assertTrue(serverCpuAfter < 0.25, "the server's threads still burn CPU when no request is left: "
            + Math.round(serverCpuAfter * 100) + " % of a core");
    }

    @Test
    void everythingAtOnceIsRefusedWholeWithTheReason() throws Exception {
        // A server of the default bounds and timeout: the answer, about 30 MB of JSON, meets the bound first.
        NewsgraphServer defaults = NewsgraphServer.builder().dataset(store.dataset()).port(0).build().start();
        try {
            HttpResponse<String> all = HttpClient.newHttpClient().send(HttpRequest.newBuilder(new SiteRequests(
                    defaults.port()).uri("sparql?query=" + encode("SELECT * { ?s ?p ?o }")))
                    .header("Accept", "application/sparql-results+json").timeout(REQUEST_LIMIT).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(422, all.statusCode(), all.body());
            assertTrue(all.body().startsWith("The answer is larger than " + NewsgraphServer.DEFAULT_MAX_ANSWER
                + " bytes"), all.body());
        } finally {
            defaults.stop();
        }
    }

    private static List<Sample> client(List<Probe> probes, Random choice, long start, long end) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Sample> samples = new ArrayList<>();
        while (System.nanoTime() < end) {
            Probe probe = probes.get(choice.nextInt(probes.size()));
            long sent = System.nanoTime();
            String fault;
            try {
                fault = probe.fault(http.send(probe.request(), HttpResponse.BodyHandlers.ofString()));
            } catch (IOException e) {
                fault = e.toString();
            }
            samples.add(new Sample(probe.kind(), sent - start, System.nanoTime() - sent,
                fault == null ? null : probe.path() + " as " + probe.accept() + ": " + fault));
        }
        return samples;
    }

    private static List<Stopped> sendPathological() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Stopped> stopped = new ArrayList<>();
        for (Map.Entry<String, String> query : PATHOLOGICAL.entrySet()) {
            long sent = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(site.uri("sparql?query=" + encode(query.getValue())))
                .header("Accept", "text/csv").timeout(REQUEST_LIMIT).build(), HttpResponse.BodyHandlers.ofString());
            stopped.add(new Stopped(query.getKey(), r.statusCode(), r.body(), Duration.ofNanos(System.nanoTime() - sent)));
        }
        return stopped;
    }

    /**
     * The CPU time Jetty's threads (named {@code qtp…}), where queries run, take over {@code window} when no
     * request is left, as a share of the window: about 0 for a server at rest, about 1 per query still running.
     */
    private static double serverCpuShareWhileIdle(Duration window) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> before = serverThreadCpu(threads);
        assertTrue(!before.isEmpty(), "no server thread found to watch");
        long from = System.nanoTime();
        Thread.sleep(window.toMillis());
        long wall = System.nanoTime() - from;
        long used = 0;
        for (Map.Entry<Long, Long> after : serverThreadCpu(threads).entrySet())
            used += after.getValue() - before.getOrDefault(after.getKey(), 0L);
        return (double) used / wall;
    }

    private static Map<Long, Long> serverThreadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || !info.getThreadName().startsWith("qtp"))
                continue;
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos >= 0)
                cpu.put(info.getThreadId(), nanos);
        }
        return cpu;
    }

    /** The README's example queries (those that stay on this server), entities in two RDF forms, and pages. */
    private static List<Probe> probes() throws IOException {
        List<Probe> probes = new ArrayList<>();
        for (ExampleQueries.Example example : ExampleQueries.ofMarkdown(Path.of("README.md"))) {
            Query query = QueryFactory.create(example.query());
            if (example.query().contains("SERVICE"))
                continue;   // federated: it would load Wikidata's endpoint, not this one
            if (query.isSelectType() || query.isAskType())
                probes.add(new Probe("query", "sparql?query=" + encode(example.query()),
                    "application/sparql-results+json", "application/sparql-results+json", b -> b.contains("\"head\"")));
            else
                probes.add(new Probe("query", "sparql?query=" + encode(example.query()), "text/turtle", "text/turtle",
                    b -> !b.isBlank()));
        }
        for (String entity : ENTITIES) {
            probes.add(new Probe("entity, Turtle", entity, "text/turtle", "text/turtle",
                b -> b.contains("PREFIX") || b.contains("@prefix") || b.contains("<http")));
            probes.add(new Probe("entity, JSON-LD", entity, "application/ld+json", "application/ld+json",
                b -> b.strip().startsWith("{") || b.strip().startsWith("[")));
        }
        for (String page : PAGES)
            probes.add(new Probe("page", page, "text/html", "text/html", b -> b.startsWith("<!DOCTYPE html>")));
        return probes;
    }

    /** Each probe once, its answer parsed whole: the load then checks the cheaper signs of a right answer. */
    private static void checkEveryProbeOnce(List<Probe> probes) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (Probe probe : probes) {
            HttpResponse<String> r = http.send(probe.request(), HttpResponse.BodyHandlers.ofString());
            String what = probe.path() + " as " + probe.accept();
            assertEquals(null, probe.fault(r), what);
            switch (probe.mediaType()) {
                case "application/sparql-results+json" -> ResultSetFactory.fromJSON(
                    new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).forEachRemaining(b -> {});
                case "text/turtle" -> assertTrue(parse(r.body(), Lang.TURTLE) > 0, what);
                case "application/ld+json" -> assertTrue(parse(r.body(), Lang.JSONLD) > 0, what);
                default -> assertTrue(r.body().contains("</html>"), what);
            }
        }
    }

    private static long parse(String body, Lang lang) {
        var graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(graph);
        return graph.size();
    }

    private static String report(List<Sample> samples, long elapsedNanos, List<Stopped> stopped, long[] window,
                                 double serverCpuAfter) {
        StringBuilder md = new StringBuilder();
        double seconds = elapsedNanos / 1e9;
        md.append("# Load: ").append(CLIENTS).append(" clients for ").append(RUN.toSeconds()).append(" s\n\n")
            .append(String.format("Seed %d, query timeout %d s; %d requests in %.1f s: %.1f requests/s; %d errors.%n%n",
                SEED, QUERY_TIMEOUT.toSeconds(), samples.size(), seconds, samples.size() / seconds,
                samples.stream().filter(s -> s.fault() != null).count()))
            .append("| kind | requests | errors | p50 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        Map<String, List<Sample>> byKind = new LinkedHashMap<>();
        byKind.put("all", samples);
        for (Sample s : samples)
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        byKind.forEach((kind, list) -> {
            long[] us = micros(list);
            md.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f |%n", kind, list.size(),
                list.stream().filter(s -> s.fault() != null).count(), percentile(us, 50) / 1e3,
                percentile(us, 99) / 1e3, us.length == 0 ? 0 : us[us.length - 1] / 1e3));
        });
        md.append("\n| pathological query | status | stopped after s |\n| --- | ---: | ---: |\n");
        for (Stopped s : stopped)
            md.append(String.format("| %s | %d | %.2f |%n", s.name(), s.status(), s.after().toMillis() / 1e3));
        // "Before": from 10 % of the run (connections opened, code warmed) to the first pathological query.
        List<Sample> before = samples.stream()
            .filter(s -> s.startNanos() >= RUN.toNanos() / 10 && s.startNanos() + s.nanos() <= window[0]).toList();
        List<Sample> during = samples.stream()
            .filter(s -> s.startNanos() >= window[0] && s.startNanos() + s.nanos() <= window[1]).toList();
        long[] b = micros(before);
        long[] d = micros(during);
        md.append(String.format("%nThe other clients, before the pathological queries: %d requests, p50 %.1f ms, p99 %.1f ms; "
                + "while they ran (%.1f s): %d requests, p50 %.1f ms, p99 %.1f ms.%n", before.size(),
                percentile(b, 50) / 1e3, percentile(b, 99) / 1e3, (window[1] - window[0]) / 1e9, during.size(),
                percentile(d, 50) / 1e3, percentile(d, 99) / 1e3))
            .append(String.format("CPU of the server's threads over 2 s with no request left: %.1f %% of a core.%n",
                serverCpuAfter * 100));
        return md.toString();
    }

    /** Latencies in microseconds, sorted. */
    private static long[] micros(List<Sample> samples) {
        long[] us = samples.stream().mapToLong(s -> s.nanos() / 1000).toArray();
        Arrays.sort(us);
        return us;
    }

    /** The nearest-rank percentile of sorted values, 0 for none. */
    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0)
            return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
