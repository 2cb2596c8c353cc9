package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/newsgraph.jar} as users run it: its own JVM, so that Jena's service files must have
 * been merged for RIOT, ARQ and TDB2 to start.
 */
class NewsgraphJarIT {

    private static final Path JAR = Path.of("target", "newsgraph.jar");

    @TempDir
    Path dir;

    @Test
    void versionFromTheJar() throws Exception {
        Process p = java("--version").start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertTrue(output.startsWith("newsgraph 0."), output);
    }

    @Test
    void serveLoadsTheBundledCorpusIntoAnEmptyStoreAndAnswersQueries() throws Exception {
        Process p = java("serve", "--store", dir.resolve("tdb2").toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern serving = Pattern.compile("serving .* on port (\\d+)");
            int port = -1;
            StringBuilder seen = new StringBuilder();
            for (String line; port < 0 && (line = lines.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = serving.matcher(line);
                if (m.find())
                    port = Integer.parseInt(m.group(1));
            }
            assertTrue(port > 0, seen.toString());
            assertTrue(seen.toString().contains("loaded 32 articles, 0 failed"), seen.toString());
            String query = "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://schema.org/NewsArticle> }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("n\r\n64\r\n", r.body());
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static ProcessBuilder java(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
