import java.net.URI;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SPARQL latency and throughput of an endpoint: CLIENTS concurrent clients send, for SECONDS seconds, the example
 * queries of the README ({@code sparql} blocks) and of the campaign ontology's competency questions, in turn, by
 * GET with {@code Accept: application/sparql-results+json}; federated ones ({@code SERVICE}) are left out, so that
 * nothing leaves the machine. Prints one line: clients, requests, errors,
 * requests/s, p50 and p99 in milliseconds. Needs only a JDK, so that it measures any endpoint the same way.
 * Run: java scripts/QueryLatency.java ENDPOINT CLIENTS SECONDS [README] [QUERY_FOLDER]
 */
public class QueryLatency {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java scripts/QueryLatency.java ENDPOINT CLIENTS SECONDS [README] [QUERY_FOLDER]");
            System.exit(2);
        }
        String endpoint = args[0];
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        List<String> queries = new ArrayList<>(readmeQueries(Path.of(args.length > 3 ? args[3] : "README.md")));
        Path folder = Path.of(args.length > 4 ? args[4] : "ontology/competency-questions");
        try (var files = Files.list(folder)) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList())
                queries.add(Files.readString(q));
        }
        queries.removeIf(q -> q.contains("SERVICE"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // Warm up: every query once, unmeasured.
        for (String q : queries)
            send(http, endpoint, q);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            results.add(pool.submit(() -> {
                long[] times = new long[1024];
                int n = 0;
                for (int i = first; System.nanoTime() < deadline; i++) {
                    long start = System.nanoTime();
                    if (!send(http, endpoint, queries.get(i % queries.size())))
                        errors.incrementAndGet();
                    if (n == times.length)
                        times = Arrays.copyOf(times, n * 2);
                    times[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(times, n);
            }));
        }
        long started = System.nanoTime();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results)
            all.add(f.get());
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] times = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("clients %d  requests %d  errors %d  %.1f requests/s  p50 %.1f ms  p99 %.1f ms%n",
            clients, times.length, errors.get(), times.length / elapsed,
            percentile(times, 0.50) / 1e6, percentile(times, 0.99) / 1e6);
    }

    private static boolean send(HttpClient http, String endpoint, String query) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60)).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0)
            return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The {@code sparql} blocks of a Markdown file. */
    private static List<String> readmeQueries(Path markdown) throws Exception {
        List<String> queries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
            if (current == null && line.strip().equals("```sparql"))
                current = new StringBuilder();
            else if (current != null && line.strip().equals("```")) {
                queries.add(current.toString());
                current = null;
            } else if (current != null)
                current.append(line).append('\n');
        }
        return queries;
    }
}
