package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.cmds.FusekiMainCmd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsgraph publish} to a second Fuseki in a process of its own, Jena's own {@code fuseki-main} command line
 * with an updatable in-memory dataset behind HTTP Basic authentication: a wrong password is refused and sends
 * nothing, the right one sends every graph, and a second publish finds them there.
 */
class PublishToFusekiProcessIT {

    private static final String USER = "publisher";
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @Test
    void publishesToAnAuthenticatedFusekiProcess() throws Exception {
        Path store = PublishCommandTest.storeOfTwoGraphs(dir);
        Path passwords = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        Path right = Files.writeString(dir.resolve("right"), PASSWORD + "\n");
        Path wrong = Files.writeString(dir.resolve("wrong"), "not it\n");
        int port = freePort();
        // Fuseki's command line sets up Log4j2 unless a Log4j2 configuration is named; here SLF4J goes to Logback,
        // and naming one leaves logging to it.
        Process fuseki = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dlog4j2.configurationFile=none", "-cp", System.getProperty("java.class.path"), FusekiMainCmd.class.getName(),
            "--mem", "--update", "--port=" + port, "--passwd=" + passwords, "--auth=basic", "/ds")
            .redirectErrorStream(true).redirectOutput(dir.resolve("fuseki.log").toFile()).start();
        try {
            String dataset = "http://localhost:" + port + "/ds";
            awaitAnswer(dataset, fuseki, dir.resolve("fuseki.log"));
            assertEquals(401, count(dataset, null).statusCode(), "the second Fuseki asks who is there");

            assertEquals(1, cli.run("publish", "--store", store.toString(), "--target", dataset + "/data",
                "--user", USER, "--password-file", wrong.toString()));
            assertTrue(cli.err().contains("refused the password of user 'publisher' (HTTP 401)"), cli.err());
            assertEquals("0", quads(dataset), "nothing sent with a wrong password");

            assertEquals(0, cli.run("publish", "--store", store.toString(), "--target", dataset + "/data",
                "--user", USER, "--password-file", right.toString()));
            assertTrue(cli.out().contains("published 2 of 2 graphs to " + dataset + "/data: 2 sent, 0 already there"),
                cli.out());
            long published = Long.parseLong(quads(dataset));
            assertTrue(published > 2, "the two graphs and the record of what was published: " + published);

            assertEquals(0, cli.run("publish", "--store", store.toString(), "--target", dataset + "/data",
                "--user", USER, "--password-file", right.toString()));
            assertTrue(cli.out().contains(": 0 sent, 2 already there, 0 refused, 0 bytes"), cli.out());
            assertEquals(Long.toString(published), quads(dataset), "a publish of nothing new changes nothing");
        } finally {
            fuseki.destroy();
            fuseki.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitAnswer(String dataset, Process fuseki, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (!fuseki.isAlive())
                throw new AssertionError("the second Fuseki stopped, exit " + fuseki.exitValue() + ":\n"
                    + Files.readString(log));
            try {
                count(dataset, null);
                return;
            } catch (ConnectException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the second Fuseki did not answer in 2 minutes");
    }

    /** The quads of every named graph, counted by the second Fuseki. */
    private static String quads(String dataset) throws Exception {
        HttpResponse<String> r = count(dataset, USER + ":" + PASSWORD);
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        return lines.get(1).trim();
    }

    private static HttpResponse<String> count(String dataset, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(dataset + "/sparql?query="
                + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)))
            .header("Accept", "text/csv").timeout(Duration.ofSeconds(30));
        if (credentials != null)
            request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
