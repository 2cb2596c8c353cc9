package org.newsgraph.publish;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpOp;
import org.apache.jena.http.auth.AuthLib;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SPARQL 1.1 Graph Store Protocol endpoint that graphs are published to ({@code PUT endpoint?graph=…}), with
 * HTTP Basic authentication when credentials are given. Requests that fail for a passing reason (no answer, 408,
 * 429, 500, 502, 503, 504) are tried again a few times, waiting longer each time; any other refusal is reported at
 * once.
 */
public final class GraphStoreTarget {

    private static final Logger LOG = LoggerFactory.getLogger(GraphStoreTarget.class);
    private static final Set<Integer> PASSING_FAILURES = Set.of(408, 429, 500, 502, 503, 504);

    private final String endpoint;
    private final String user;
    private final HttpClient client;
    private final int attempts;
    private final Duration retryDelay;

    private GraphStoreTarget(Builder b) {
        this.endpoint = b.endpoint;
        this.user = b.user;
        this.attempts = b.attempts;
        this.retryDelay = b.retryDelay;
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL);
        if (b.user != null)
            client.authenticator(AuthLib.authenticator(b.user, b.password));
        this.client = client.build();
    }

    public static Builder builder() { return new Builder(); }

    public String endpoint() { return endpoint; }

    /** The graph {@code name} as the target holds it; empty when it holds none. */
    Graph readGraph(Node name) {
        return send("reading " + name, () -> {
            try {
                return GSP.service(endpoint).httpClient(client).graphName(name)
                    .acceptHeader(WebContent.contentTypeNTriples).GET();
            } catch (HttpException e) {
                if (e.getStatusCode() == 404)
                    return GraphFactory.createDefaultGraph();
                throw e;
            }
        });
    }

    /** Replaces the target's graph {@code name} with the given N-Triples. */
    void putGraph(Node name, byte[] ntriples) {
        String url = endpoint + (endpoint.contains("?") ? "&" : "?") + "graph="
            + URLEncoder.encode(name.getURI(), StandardCharsets.UTF_8);
        send("graph " + name.getURI(), () -> {
            HttpOp.httpPut(client, url, WebContent.contentTypeNTriples, BodyPublishers.ofByteArray(ntriples));
            return null;
        });
    }

    /** Replaces the target's graph {@code name} with {@code graph}. */
    void putGraph(Node name, Graph graph) {
        send("graph " + name.getURI(), () -> {
            GSP.service(endpoint).httpClient(client).graphName(name).contentType(RDFFormat.NTRIPLES).PUT(graph);
            return null;
        });
    }

    /** Adds {@code graph}'s triples to the target's graph {@code name}. */
    void addToGraph(Node name, Graph graph) {
        send("graph " + name.getURI(), () -> {
            GSP.service(endpoint).httpClient(client).graphName(name).contentType(RDFFormat.NTRIPLES).POST(graph);
            return null;
        });
    }

    private <T> T send(String what, Supplier<T> request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (HttpException e) {
                int status = Math.max(0, e.getStatusCode());
                if (status == 401 || status == 407)
                    throw new PublishException(status, endpoint + ": the target refused "
                        + (user == null ? "a request without a user name and password" : "the password of user '" + user + "'")
                        + " (HTTP " + status + ")");
                if (status != 0 && !PASSING_FAILURES.contains(status))
                    throw new PublishException(status, what + ": refused by the target, HTTP " + status + describe(e));
                if (attempt >= attempts)
                    throw new PublishException(status, what + ": the target " + (status == 0 ? "did not answer" : "answered HTTP " + status)
                        + " " + attempts + " times" + describe(e));
                Duration wait = retryDelay.multipliedBy(1L << (attempt - 1));
                LOG.warn("{}: {}; trying again in {} ms", what, status == 0 ? "no answer" : "HTTP " + status, wait.toMillis());
                pause(wait);
            }
        }
    }

    private static String describe(HttpException e) {
        String detail = e.getResponse() != null && !e.getResponse().isBlank() ? e.getResponse()
            : e.getCause() != null ? e.getCause().toString() : e.getMessage();
        if (detail == null || detail.isBlank())
            return "";
        detail = detail.strip();
        return ": " + (detail.length() > 200 ? detail.substring(0, 200) + "…" : detail);
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException(0, "interrupted");
        }
    }

    public static final class Builder {
        private String endpoint;
        private String user;
        private String password;
        private int attempts = 4;
        private Duration retryDelay = Duration.ofSeconds(1);
        private Duration connectTimeout = Duration.ofSeconds(30);

        private Builder() {}

        /** The Graph Store Protocol endpoint, an http or https URL. */
        public Builder endpoint(String url) { this.endpoint = url; return this; }

        /** HTTP Basic credentials. */
        public Builder credentials(String user, String password) {
            this.user = user;
            this.password = password;
            return this;
        }

        /** How many times a request is tried in all when it fails for a passing reason (default 4). */
        public Builder attempts(int n) { this.attempts = n; return this; }

        /** The wait before the first retry; each further retry waits twice as long (default 1 s). */
        public Builder retryDelay(Duration d) { this.retryDelay = d; return this; }

        public Builder connectTimeout(Duration d) { this.connectTimeout = d; return this; }

        public GraphStoreTarget build() {
            Objects.requireNonNull(endpoint, "endpoint");
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("target '" + endpoint + "' is no URL: " + e.getMessage());
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null)
                throw new IllegalArgumentException("target '" + endpoint + "' is no http or https URL");
            if (uri.getUserInfo() != null)
                throw new IllegalArgumentException("target '" + uri.getHost() + "…': give the user with --user and the "
                    + "password in a file, not in the URL");
            if ((user == null) != (password == null))
                throw new IllegalArgumentException("a user name needs a password and a password a user name");
            if (attempts < 1)
                throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
            Objects.requireNonNull(retryDelay, "retryDelay");
            if (retryDelay.isNegative())
                throw new IllegalArgumentException("retry delay must not be negative: " + retryDelay);
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            if (user != null && "http".equals(uri.getScheme()) && !isLoopback(uri.getHost()))
                LOG.warn("{}: the password goes unencrypted over plain http", uri.getHost());
            return new GraphStoreTarget(this);
        }

        private static boolean isLoopback(String host) {
            return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        }
    }
}
