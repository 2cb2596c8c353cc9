package org.newsgraph.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A second Fuseki, updatable and behind HTTP Basic authentication, that publishes go to. It counts the requests
 * that reach its data and can be told to refuse some: every request after a given number (as a server going
 * away answers 503), or every PUT of one graph (403).
 */
public final class GraphStoreStandIn implements AutoCloseable {

    public static final String USER = "publisher";
    public static final String PASSWORD = "correct horse battery staple";

    public final DatasetGraph data = DatasetGraphFactory.createTxnMem();
    /** Requests that reached the data, by method. */
    public final AtomicInteger puts = new AtomicInteger();
    final AtomicInteger posts = new AtomicInteger();
    final AtomicInteger gets = new AtomicInteger();
    /** Requests answered after this many have reached the data get 503. */
    volatile int unavailableAfter = Integer.MAX_VALUE;
    /** A PUT of this graph gets 403. */
    volatile String refusedGraph;

    private final FusekiServer server;

    private GraphStoreStandIn(Path passwords) {
        this.server = FusekiServer.create().port(0).loopback(true)
            .add("/ds", data, true)
            .passwordFile(passwords.toString()).auth(AuthScheme.BASIC)
            .serverAuthPolicy(Auth.policyAllowSpecific(USER))
            .addFilter("/ds/*", new Faults())
            .build().start();
    }

    public static GraphStoreStandIn start() throws IOException {
        // Jetty watches the file for changes as long as the JVM runs, so it outlives the test's temporary folder.
        Path passwords = Files.createTempFile("newsgraph-target-passwords", "");
        passwords.toFile().deleteOnExit();
        Files.write(passwords, List.of(USER + ": " + PASSWORD));
        return new GraphStoreStandIn(passwords);
    }

    /** The Graph Store Protocol endpoint. */
    public String endpoint() { return "http://localhost:" + server.getPort() + "/ds/data"; }

    int requests() { return puts.get() + posts.get() + gets.get(); }

    @Override
    public void close() { server.stop(); }

    private final class Faults implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) req;
            if (requests() >= unavailableAfter) {
                // Read what was sent, so that the connection closes cleanly.
                req.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                ((HttpServletResponse) resp).sendError(503, "going away");
                return;
            }
            switch (http.getMethod()) {
                case "PUT" -> puts.incrementAndGet();
                case "POST" -> posts.incrementAndGet();
                case "GET" -> gets.incrementAndGet();
                default -> { }
            }
            if ("PUT".equals(http.getMethod()) && refusedGraph != null && refusedGraph.equals(http.getParameter("graph"))) {
                req.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                ((HttpServletResponse) resp).sendError(403, "not this graph");
                return;
            }
            chain.doFilter(req, resp);
        }
    }
}
