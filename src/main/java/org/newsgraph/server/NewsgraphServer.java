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
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public, read-only face of a store: embedded Fuseki with a SPARQL 1.1 query endpoint at {@code sparql} and a
 * read-only Graph Store Protocol endpoint at {@code get}, both under the base path; the default graph is the union of
 * the named graphs, for queries and for {@code get?default} alike. There is no update and no
 * upload endpoint. Queries are stopped after a timeout, and federated queries reach only the endpoints on an
 * allow-list, and not by a redirect. Every answer, errors included, carries the security headers of
 * {@link SecurityHeaders}. Requests and query answers are bounded in size (see {@link Builder}): what is over a
 * bound is refused with an error status, never cut short. Cross-origin GET and POST queries are allowed, so that
 * web pages elsewhere can query. Paths are matched whatever host and port a request names, so the server works
 * behind a proxy.
 */
public final class NewsgraphServer {

    private static final Logger LOG = LoggerFactory.getLogger(NewsgraphServer.class);

    public static final String QUERY_ENDPOINT = "sparql";
    public static final String GRAPH_STORE_ENDPOINT = "get";
    /** The default bound of a request's body: a query sent by POST, alone or in a form. */
    public static final long DEFAULT_MAX_REQUEST_BODY = 1L << 20;
    /** The default bound of a request's line (its URL, so a query sent by GET) and headers together. */
    public static final int DEFAULT_MAX_REQUEST_HEAD = 64 << 10;
    /** The default bound of a query's answer. */
    public static final long DEFAULT_MAX_ANSWER = 16L << 20;

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
        private long maxRequestBody = DEFAULT_MAX_REQUEST_BODY;
        private int maxRequestHead = DEFAULT_MAX_REQUEST_HEAD;
        private long maxAnswer = DEFAULT_MAX_ANSWER;
        private String answerAdvice = "";
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
         * The most bytes a request's body may hold (default 1 MiB): a larger one is refused with 413 Content Too
         * Large, before it is read. A query sent without {@code Content-Length} is refused with 411 Length Required.
         */
        public Builder maxRequestBody(long bytes) {
            if (bytes < 1)
                throw new IllegalArgumentException("request body bound must be positive: " + bytes);
            this.maxRequestBody = bytes;
            return this;
        }

        /**
         * The most bytes a request's line and headers may hold together (default 64 KiB), so this bounds the URL,
         * and a query sent by GET, too: Jetty answers 414 URI Too Long when the line alone is over, else 431
         * Request Header Fields Too Large.
         */
        public Builder maxRequestHead(int bytes) {
            if (bytes < 1024)
                throw new IllegalArgumentException("request head bound must be at least 1024 bytes: " + bytes);
            this.maxRequestHead = bytes;
            return this;
        }

        /**
         * The most bytes a query's answer may hold (default 16 MiB): a larger one is refused whole, with 422 and a
         * message that ends with {@code advice} (e.g. where the dumps are), instead of being cut short. Each
         * answer is held in memory until complete, so this is also the memory one query's answer may take.
         */
        public Builder maxAnswer(long bytes, String advice) {
            if (bytes < 1)
                throw new IllegalArgumentException("answer bound must be positive: " + bytes);
            this.maxAnswer = bytes;
            this.answerAdvice = Objects.requireNonNull(advice, "advice");
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
                .addFilter("/*", new RequestScreen())
                .addFilter("/" + GRAPH_STORE_ENDPOINT, new GraphStoreAccept())
                .addFilter("/" + QUERY_ENDPOINT, new LengthRequired())
                .addFilter("/" + QUERY_ENDPOINT, new AnswerSizeLimit(maxAnswer, answerAdvice));
            filters.forEach(f -> fuseki.addFilter(f.getKey(), f.getValue()));
            servlets.forEach(fuseki::addServlet);
            FusekiServer built = fuseki.build();
            built.getJettyServer().setErrorHandler(new ErrorPages());
            boundRequests(built.getJettyServer());
            return new NewsgraphServer(built, basePath);
        }

        /** Sets the request bounds on Jetty, which Fuseki has built with its own, larger, ones. */
        private void boundRequests(Server jetty) {
            for (Connector connector : jetty.getConnectors()) {
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null)
                    http.getHttpConfiguration().setRequestHeaderSize(maxRequestHead);
            }
            ServletContextHandler servlets = jetty.getDescendant(ServletContextHandler.class);
            if (servlets != null)
                servlets.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxRequestBody));
            SizeLimitHandler bodyLimit = new SizeLimitHandler(maxRequestBody, -1);
            bodyLimit.setHandler(jetty.getHandler());
            jetty.setHandler(bodyLimit);
        }
    }
}
