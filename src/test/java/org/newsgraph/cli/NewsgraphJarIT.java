package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;

/**
 * The packaged {@code target/newsgraph.jar} as users run it: its own JVM, so that Jena's service files must have
 * been merged for RIOT, ARQ and TDB2 to start, and from a folder that is not the repository, so that it needs no
 * data but its own.
 */
class NewsgraphJarIT {

    private static final Path JAR = Path.of("target", "newsgraph.jar").toAbsolutePath();
    private static final String REFERENCE_HEADLINE = "中南六省区增强工业战线  领导重心转向钢铁";

    @TempDir
    Path dir;

    @Test
    void versionFromTheJar() throws Exception {
        Result r = run("--version");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().startsWith("newsgraph 0."), r.output());
    }

    @Test
    void helpFromTheJar() throws Exception {
        Result r = run("serve", "--help");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().replaceAll("\\s+", " ").contains("(default: bundled corpus,"), r.output());
    }

    @Test
    void validatesAnArticleWithTheBundledAuthorityDataAndShapes() throws Exception {
        Path article = Files.copy(TestCorpus.REFERENCE, dir.resolve(TestCorpus.REFERENCE.getFileName()));
        Result r = run("validate", article.getFileName().toString());
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("1 articles: 1 good, 0 rejected"), r.output());
    }

    @Test
    void loadsAndDumpsOutsideTheRepository() throws Exception {
        Path article = Files.copy(TestCorpus.REFERENCE, dir.resolve(TestCorpus.REFERENCE.getFileName()));
        Result load = run("load", "--store", "tdb2", article.getFileName().toString());
        assertEquals(0, load.exit(), load.output());
        assertTrue(load.output().contains("loaded 1 articles, 0 failed"), load.output());
        Result dump = run("dump", "--store", "tdb2", "--format", "ntriples", "--out", "dump.nt");
        assertEquals(0, dump.exit(), dump.output());
        String nt = Files.readString(dir.resolve("dump.nt"));
        assertTrue(nt.contains("<" + TestCorpus.REFERENCE_URI + "> <https://schema.org/identifier> "
            + "\"rmrb/1958.09/1958-09-05_中南六省区增强工业战线_领导重心转向钢铁.md\""), "identifier from the file name");
        // The bundled authority data is loaded with the article: the publisher is described.
        assertTrue(nt.contains("<http://localhost:3030/organization/peoples-daily> <https://schema.org/name> "), nt.length() + " characters");
    }

    @Test
    void serveLoadsTheBundledCorpusIntoAnEmptyStoreAndAnswersQueries() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            Process p = java("serve", "--store", "tdb2", "--port", "0").redirectErrorStream(true).start();
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
                assertEquals("n\r\n64\r\n", select(port,
                    "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://schema.org/NewsArticle> }"));
                assertEquals("h\r\n" + REFERENCE_HEADLINE + "\r\n", select(port,
                    "SELECT ?h { <" + TestCorpus.REFERENCE_URI + "> <https://schema.org/headline> ?h }"));
                // The site: a page, a resource's description, the ontology from inside the jar, the dumps beside the store.
                assertEquals("text/html", site(port, "/", "text/html"));
                assertEquals("text/turtle", site(port, TestCorpus.REFERENCE_URI.substring(TestCorpus.BASE.length() - 1),
                    "text/turtle"));
                assertEquals("text/turtle", site(port, "/ontology/newsgraph.ttl", "text/turtle"));
                // The dumps are written while the server answers; it says when they are all written.
                for (String line; (line = lines.readLine()) != null && !line.contains("are up to date with the store"); )
                    seen.append(line).append('\n');
                assertEquals("application/gzip", site(port, "/dumps/newsgraph.nq.gz", "*/*"), seen.toString());
                assertTrue(Files.isRegularFile(dir.resolve("tdb2-dumps").resolve("newsgraph.ttl.gz")));
            } finally {
                p.destroy();
                p.waitFor(20, TimeUnit.SECONDS);
            }
        });
    }

    private static String select(int port, String query) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://localhost:" + port + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** The media type of a successful answer of the site. */
    private static String site(int port, String path, String accept) throws Exception {
        URI uri = URI.create(new URI("http", null, "localhost", port, path, null, null).toASCIIString());
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Accept", accept)
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "");
    }

    private record Result(int exit, String output) {}

    /** Runs the jar to its end, standard output and error together; one that takes over two minutes is stopped. */
    private Result run(String... args) throws Exception {
        Path log = Files.createTempFile(dir, "newsgraph", ".log");
        Process p = java(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(2, TimeUnit.MINUTES);
        if (!ended)
            p.destroyForcibly().waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, "still running after two minutes: " + output);
        return new Result(p.exitValue(), output);
    }

    /** The jar in its own JVM, working in the test's temporary folder. */
    private ProcessBuilder java(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile());
    }
}
