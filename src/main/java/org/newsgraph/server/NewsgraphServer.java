package org.newsgraph.server;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public, read-only face of a store: embedded Fuseki with a SPARQL 1.1 query endpoint at {@code sparql} and a
 * read-only Graph Store Protocol endpoint at {@code get}, both under the base path; the default graph is the union of
 * the named graphs, for queries and for {@code get?default} alike. There is no update and no
 * upload endpoint. Queries are stopped after a timeout, and federated queries reach only the endpoints on an
 * allow-list, and not by a redirect. Every answer, errors included, carries the security headers of
 * {@link SecurityHeaders}. Cross-origin GET and POST queries are allowed, so that
 * web pages elsewhere can query. Paths are matched whatever host and port a request names, so the server works
 * behind a proxy.
 */
public final class NewsgraphServer {

    private static final Logger LOG = LoggerFactory.getLogger(NewsgraphServer.class);

    public static final String QUERY_ENDPOINT = "sparql";
    public static final String GRAPH_STORE_ENDPOINT = "get";

    private final FusekiServer fuseki;
    private final String basePath;

    private NewsgraphServer(FusekiServer fuseki, String basePath) {
        this.fuseki = fuseki;
        this.basePath = basePath;
    }

    public static Builder builder() { return new Builder(); }

    public NewsgraphServer start() {
        fuseki.start();
        LOG.info("SPARQL endpoint at http://localhost:{}{}{}", port(), basePath, QUERY_ENDPOINT);
        return this;
    }

    /** The port the server listens on, the one chosen when built with port 0. */
    public int port() { return fuseki.getHttpPort(); }

    /** The path under which the endpoints live, ending in {@code /}. */
    public String basePath() { return basePath; }

    public void join() { fuseki.join(); }

    public void stop() { fuseki.stop(); }

    /** Sets what a server serves and how. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = 3030;
        private String basePath = "/";
        private Duration queryTimeout = Duration.ofSeconds(30);
        private final Set<String> services = new LinkedHashSet<>();
        private final List<Map.Entry<String, Filter>> filters = new ArrayList<>();
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

        private Builder() {}

        /** The dataset to serve; it is wrapped read-only. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The port to listen on; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new IllegalArgumentException("port out of range: " + port);
            this.port = port;
            return this;
        }

        /** The path of the base URI, e.g. {@code /} or {@code /newsgraph/}. */
        public Builder basePath(String basePath) {
            Objects.requireNonNull(basePath, "basePath");
            if (!basePath.startsWith("/"))
                throw new IllegalArgumentException("base path must start with '/': " + basePath);
            this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
            return this;
        }

        /** How long a query may run before it is stopped (default 30 s). */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero())
                throw new IllegalArgumentException("query timeout must be positive: " + timeout);
            this.queryTimeout = timeout;
            return this;
        }

        /**
         * An endpoint that federated queries may reach with {@code SERVICE}, e.g. Wikidata's. No other endpoint
         * can be reached; with none given, {@code SERVICE} is refused altogether.
         */
        public Builder allowService(String endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            URI uri = URI.create(endpoint);
            if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())))
                throw new IllegalArgumentException("a SERVICE endpoint must be an http(s) URL: " + endpoint);
            services.add(endpoint);
            return this;
        }

        /**
         * A filter that sees each request under {@code pathSpec} (relative to the base path) before the SPARQL
         * endpoints do; it passes on what it does not answer itself.
         */
        public Builder addFilter(String pathSpec, Filter filter) {
            filters.add(Map.entry(requirePathSpec(pathSpec), Objects.requireNonNull(filter, "filter")));
            return this;
        }

        /** A servlet for the requests under {@code pathSpec} (relative to the base path) that no endpoint takes. */
        public Builder addServlet(String pathSpec, HttpServlet servlet) {
            if (servlets.putIfAbsent(requirePathSpec(pathSpec), Objects.requireNonNull(servlet, "servlet")) != null)
                throw new IllegalArgumentException("a servlet is already mounted at " + pathSpec);
            return this;
        }

        private static String requirePathSpec(String pathSpec) {
            Objects.requireNonNull(pathSpec, "pathSpec");
            if (!pathSpec.startsWith("/"))
                throw new IllegalArgumentException("a path spec must start with '/': " + pathSpec);
            return pathSpec;
        }

        public NewsgraphServer build() {
            if (dataset == null)
                throw new IllegalStateException("no dataset set");
            // A context of the server's own: the store's settings (the union default graph) plus this timeout,
            // so that two servers over one store do not share a timeout.
            Context context = dataset.getContext().copy();
            context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            ServiceAllowList.install(context, services);
            DatasetGraph readOnly = new UnionDefaultGraph(dataset, context);
            DataService service = DataService.newBuilder(readOnly)
                .addEndpoint(Operation.Query, QUERY_ENDPOINT)
                .addEndpoint(Operation.GSP_R, GRAPH_STORE_ENDPOINT)
                .build();
            String contextPath = basePath.equals("/") ? "/" : basePath.substring(0, basePath.length() - 1);
            FusekiServer.Builder fuseki = FusekiServer.create()
                .port(port)
                .contextPath(contextPath)
                .add("/", service)
                .enableCors(true, null)
                .addFilter("/*", new RequestLog())
                .addFilter("/*", new SecurityHeaders())
                .addFilter("/*", new RequestScreen());
            filters.forEach(f -> fuseki.addFilter(f.getKey(), f.getValue()));
            servlets.forEach(fuseki::addServlet);
            FusekiServer server = fuseki.build();
            server.getJettyServer().setErrorHandler(new ErrorPages());
            return new NewsgraphServer(server, basePath);
        }
    }
}
