package org.newsgraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.web.PageModel.Link;
import org.newsgraph.web.PageModel.Navigation;

/**
 * Answers every request under the base that is not for the SPARQL endpoints: the home page, the dumps, the VoID
 * description, the ontology files and the description of each URI the data mints. Every answer carries
 * {@code Vary: Accept}; the server puts its security headers on every answer, and the query page widens the content
 * security policy for its scripts.
 */
final class SiteFilter implements Filter {

    private static final List<Representation> RDF_FIRST = List.of(Representation.TURTLE, Representation.JSONLD,
        Representation.NTRIPLES, Representation.RDFXML, Representation.HTML);
    private static final List<Representation> HTML_FIRST = List.of(Representation.HTML, Representation.TURTLE,
        Representation.JSONLD, Representation.NTRIPLES, Representation.RDFXML);
    private static final String ASSETS = "assets/";
    private static final String STYLESHEET = ASSETS + "site.css";
    private static final String OVERVIEWS = "overviews";
    /** The static files under {@code assets/}: the stylesheet, the icon, the query page's script and the vendored YASGUI. */
    private static final Pattern ASSET_NAME = Pattern.compile("(?:yasgui/)?[a-z][a-z0-9.-]*\\.(?:css|js|svg)");
    private static final Map<String, String> ASSET_TYPES = Map.of("css", "text/css; charset=utf-8",
        "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml");
    private static final int LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600;
    /**
     * The query page runs the site's own scripts, none inline; YASGUI sets inline styles on the elements it draws,
     * which its stylesheet alone cannot replace. Other pages keep the server's policy: the site's own files only.
     */
    private static final String QUERY_PAGE_POLICY =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    private static final String DUMPS_FOLDER = DatasetDescription.DUMPS_PATH.substring(0, DatasetDescription.DUMPS_PATH.length() - 1);

    /** How long a client should wait before asking again for a dump being written. */
    private static final Duration DUMP_RETRY = Duration.ofMinutes(2);

    private final Site site;
    private final String base;
    private final HtmlPages pages;

    SiteFilter(Site site) {
        this.site = site;
        this.base = site.uris.base();
        String basePath = site.uris.basePath();
        this.pages = new HtmlPages(site.paths, new Navigation(basePath, basePath + NewsgraphServer.QUERY_ENDPOINT,
            basePath + DatasetDescription.DUMPS_PATH, basePath + DatasetDescription.WELL_KNOWN_PATH,
            basePath + STYLESHEET, basePath + SitePaths.QUERY_PAGE, basePath + OVERVIEWS));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = pathUnderBase(request);
        if (path.equals(NewsgraphServer.QUERY_ENDPOINT) || path.equals(NewsgraphServer.GRAPH_STORE_ENDPOINT)
                || path.startsWith("$/")) {
            chain.doFilter(req, resp);
            return;
        }
        response.setHeader("Vary", "Accept");
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the site is read only");
            return;
        }
        try {
            route(path, request, response, chain);
        } catch (IllegalArgumentException badRequest) {
            plain(request, response, HttpServletResponse.SC_BAD_REQUEST, badRequest.getMessage());
        }
    }

    private void route(String path, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (path.isEmpty()) {
            home(request, response);
        } else if (path.equals(DUMPS_FOLDER)) {
            response.setHeader("Location", site.uris.basePath() + DatasetDescription.DUMPS_PATH);
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        } else if (path.equals(DatasetDescription.DUMPS_PATH)) {
            html(request, response, HttpServletResponse.SC_OK, pages.render("dumps.jte",
                new PageModel.DumpsPage(site.dumps.files(), site.dumps.pending(), site.dumps.hasFailed()),
                frame(request, response)),
                List.of(Representation.HTML));
        } else if (path.equals(SitePaths.QUERY_PAGE)) {
            response.setHeader("Content-Security-Policy", QUERY_PAGE_POLICY);
            html(request, response, HttpServletResponse.SC_OK, pages.render("query.jte",
                new PageModel.QueryPage(site.uris.basePath() + NewsgraphServer.QUERY_ENDPOINT, examples()),
                frame(request, response)), List.of(Representation.HTML));
        } else if (path.equals(OVERVIEWS)) {
            PageModel.Frame frame = frame(request, response);
            html(request, response, HttpServletResponse.SC_OK, pages.render("overviews.jte",
                site.overviews.read(frame.lang()), frame), List.of(Representation.HTML));
        } else if (path.startsWith(DatasetDescription.DUMPS_PATH)) {
            dump(path.substring(DatasetDescription.DUMPS_PATH.length()), request, response, chain);
        } else if (path.equals(DatasetDescription.WELL_KNOWN_PATH) || path.equals(DatasetDescription.DATASET_PATH)) {
            graph(request, response, site.datasetDescription(), NodeFactory.createURI(base + DatasetDescription.DATASET_PATH));
        } else if (path.startsWith(DatasetDescription.ONTOLOGY_PATH)) {
            ontology(path.substring(DatasetDescription.ONTOLOGY_PATH.length()), request, response);
        } else if (path.startsWith(ASSETS)) {
            asset(path.substring(ASSETS.length()), request, response);
        } else {
            resource(NodeFactory.createURI(base + path), request, response);
        }
    }

    private void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Representation> form = negotiate(request, response, HTML_FIRST);
        if (form.isEmpty())
            return;
        if (form.get() != Representation.HTML) {
            send(request, response, HttpServletResponse.SC_OK, form.get(), rdf(site.datasetDescription(), form.get()));
            return;
        }
        List<Link> ontologies = new ArrayList<>();
        for (String name : site.ontologies.names())
            ontologies.add(new Link(site.uris.basePath() + DatasetDescription.ONTOLOGY_PATH + name, name));
        send(request, response, HttpServletResponse.SC_OK, Representation.HTML, pages.render("home.jte",
            new PageModel.HomePage(site.statistics(), ontologies,
                site.uris.basePath() + DatasetDescription.DUMPS_PATH + DumpFolder.VALIDATION_REPORT,
                examples(), site.sources), frame(request, response)));
    }

    /**
     * A file of the dump folder, once written; while the site is still writing it, 503 with when to ask again, so
     * that a download script waits rather than giving up; 500 when writing it failed.
     */
    private void dump(String fileName, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (site.dumps.file(fileName).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        if (!DumpFolder.lists(fileName)) {
            notFound(request, response, base + DatasetDescription.DUMPS_PATH + fileName, List.of(Representation.HTML));
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (site.dumps.hasFailed()) {
            plain(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                fileName + " could not be written from the store; the server's log says why");
        } else {
            response.setHeader("Retry-After", Long.toString(DUMP_RETRY.toSeconds()));
            plain(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                fileName + " is being written from the store; ask again later");
        }
    }

    private void resource(Node uri, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (site.describer.isGraph(uri)) {
            // A named graph is served whole by the Graph Store Protocol.
            response.setHeader("Location", site.uris.basePath() + NewsgraphServer.GRAPH_STORE_ENDPOINT + "?graph="
                + URLEncoder.encode(uri.getURI(), StandardCharsets.UTF_8));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            return;
        }
        Optional<Representation> form = negotiate(request, response, RDF_FIRST);
        if (form.isEmpty())
            return;
        ResourceDescriber.Description d = site.describer.describe(uri);
        if (!d.known()) {
            notFound(request, response, uri.getURI(), List.of(form.get()));
            return;
        }
        String inboundQuery = inboundQuery(uri);
        if (d.inboundCut())
            response.addHeader("Link", "<" + inboundQuery + ">; rel=\"related\"; title=\"every triple linking here\"");
        byte[] body = form.get() == Representation.HTML
            ? page(uri, d, request, response, inboundQuery)
            : rdf(d.graph(), form.get());
        send(request, response, HttpServletResponse.SC_OK, form.get(), body);
    }

    /**
     * The page of a resource the store knows: an article's, a day's issue's or an entity's own page, else the page
     * listing its description.
     */
    private byte[] page(Node uri, ResourceDescriber.Description d, HttpServletRequest request,
                        HttpServletResponse response, String inboundQuery) {
        PageModel.Frame frame = frame(request, response);
        List<Link> formats = formats(request, RDF_FIRST);
        if (site.articles.isArticle(uri))
            return pages.render("article.jte", site.articles.read(uri, frame.lang(), formats), frame);
        if (site.issues.isIssue(uri))
            return pages.render("issue.jte", site.issues.read(uri, frame.lang(), formats), frame);
        if (site.entities.isEntity(uri))
            return pages.render("entity.jte", site.entities.read(uri, pageNumber(request), frame.lang(), formats,
                request.getRequestURI()), frame);
        return pages.render("resource.jte", pages.resourcePage(d, formats, site.describer.inboundLimit(),
            inboundQuery), frame);
    }

    /** {@code ?page=N} of a paged list, 1 when absent. */
    private static int pageNumber(HttpServletRequest request) {
        String page = request.getParameter("page");
        if (page == null)
            return 1;
        try {
            int n = Integer.parseInt(page);
            if (n >= 1)
                return n;
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new IllegalArgumentException("page must be a number from 1: '" + page + "'");
    }

    /** The page's language; a {@code ?lang=} that names one is remembered in a cookie. */
    private PageLanguage language(HttpServletRequest request) {
        String cookie = null;
        if (request.getCookies() != null)
            for (Cookie c : request.getCookies())
                if (c.getName().equals(PageLanguage.COOKIE))
                    cookie = c.getValue();
        return PageLanguage.choose(request.getParameter("lang"), cookie, request.getHeader("Accept-Language"));
    }

    /** What surrounds a page: its language (remembered when asked for) and the link that switches it. */
    private PageModel.Frame frame(HttpServletRequest request, HttpServletResponse response) {
        PageLanguage lang = language(request);
        String asked = request.getParameter("lang");
        if (asked != null && PageLanguage.ofTag(asked).isPresent()) {
            Cookie remembered = new Cookie(PageLanguage.COOKIE, lang.tag());
            remembered.setPath(site.uris.basePath());
            remembered.setMaxAge(LANGUAGE_COOKIE_SECONDS);
            remembered.setHttpOnly(true);
            response.addCookie(remembered);
        }
        // A page's texts depend on the language asked for as well as its form.
        response.setHeader("Vary", "Accept, Accept-Language, Cookie");
        StringBuilder query = new StringBuilder();
        request.getParameterMap().forEach((name, values) -> {
            if (name.equals("lang"))
                return;
            for (String v : values)
                query.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
        });
        query.append("lang=").append(lang.other().tag());
        return pages.frame(lang, request.getRequestURI() + "?" + query);
    }

    private List<PageModel.Example> examples() {
        return site.examples.stream().map(e -> new PageModel.Example(e.title(), site.paths.queryPage(e.query()))).toList();
    }

    /** The query that lists every triple linking to {@code uri}, as a link to the endpoint. */
    private String inboundQuery(Node uri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT ?subject ?property WHERE { ?subject ?property ?resource }");
        q.setParam("resource", uri);
        return site.uris.basePath() + NewsgraphServer.QUERY_ENDPOINT + "?query="
            + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8);
    }

    private void graph(HttpServletRequest request, HttpServletResponse response, Graph g, Node subject) throws IOException {
        Optional<Representation> form = negotiate(request, response, RDF_FIRST);
        if (form.isEmpty())
            return;
        byte[] body = form.get() == Representation.HTML
            ? pages.render("resource.jte", pages.graphPage("VoID and DCAT description", subject.getURI(), g,
                formats(request, RDF_FIRST)), frame(request, response))
            : rdf(g, form.get());
        send(request, response, HttpServletResponse.SC_OK, form.get(), body);
    }

    private void ontology(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Path> file = site.ontologies.file(name);
        if (file.isEmpty()) {
            notFound(request, response, base + DatasetDescription.ONTOLOGY_PATH + name, List.of(Representation.HTML));
            return;
        }
        Optional<Representation> form = negotiate(request, response, RDF_FIRST);
        if (form.isEmpty())
            return;
        if (form.get() == Representation.TURTLE) {
            // The file as it is written, comments included.
            send(request, response, HttpServletResponse.SC_OK, Representation.TURTLE, Files.readAllBytes(file.get()));
            return;
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file.get()).lang(Lang.TURTLE).parse(g);
        byte[] body = form.get() == Representation.HTML
            ? pages.render("resource.jte", pages.graphPage(name, base + DatasetDescription.ONTOLOGY_PATH + name, g, formats(request, RDF_FIRST)),
                frame(request, response))
            : rdf(g, form.get());
        send(request, response, HttpServletResponse.SC_OK, form.get(), body);
    }

    /** A static file of the site, from the class path; only names of the expected form are looked up. */
    private void asset(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        InputStream in = ASSET_NAME.matcher(name).matches() ? SiteFilter.class.getResourceAsStream("static/" + name) : null;
        if (in == null) {
            notFound(request, response, base + ASSETS + name, List.of(Representation.HTML));
            return;
        }
        byte[] body;
        try (in) {
            body = in.readAllBytes();
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(ASSET_TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD"))
            response.getOutputStream().write(body);
    }

    /** 404: a page saying what the site has, or the asked RDF form's empty answer. */
    private void notFound(HttpServletRequest request, HttpServletResponse response, String uri,
                          List<Representation> offered) throws IOException {
        Representation form = offered.get(0);
        byte[] body = form == Representation.HTML
            ? pages.render("notfound.jte", new PageModel.NotFoundPage(uri), frame(request, response))
            : rdf(GraphFactory.createDefaultGraph(), form);
        send(request, response, HttpServletResponse.SC_NOT_FOUND, form, body);
    }

    private void html(HttpServletRequest request, HttpServletResponse response, int status, byte[] page,
                      List<Representation> offered) throws IOException {
        if (negotiate(request, response, offered).isPresent())
            send(request, response, status, Representation.HTML, page);
    }

    /** The form to answer in; when there is none, answers 406 and returns empty. */
    private Optional<Representation> negotiate(HttpServletRequest request, HttpServletResponse response,
                                               List<Representation> offered) throws IOException {
        Optional<Representation> form = Negotiation.choose(request.getParameter("format"), request.getHeader("Accept"),
            offered);
        if (form.isEmpty())
            plain(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE, "none of the types asked for is served here; "
                + "this resource is served as " + offered.stream().map(Representation::mediaType).toList());
        return form;
    }

    /** Links to each form of the page asked for, by {@code ?format=}. */
    private static List<Link> formats(HttpServletRequest request, List<Representation> offered) {
        return offered.stream().filter(r -> r != Representation.HTML)
            .map(r -> new Link(request.getRequestURI() + "?format=" + r.formatName(), r.mediaType())).toList();
    }

    private static byte[] rdf(Graph g, Representation form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, form.rdfFormat().orElseThrow());
        return out.toByteArray();
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, int status,
                             Representation form, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(form.contentType());
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD"))
            response.getOutputStream().write(body);
    }

    private static void plain(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD"))
            response.getOutputStream().write(body);
    }

    /**
     * The request's path below the base path, percent-decoded, without a leading slash: {@code ""} for the home
     * page, {@code rmrb/1958-09-05} for a day's issue. URIs minted under the base hold no {@code %}, so the decoded
     * path is the URI's own.
     */
    private static String pathUnderBase(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        return decoded.startsWith("/") ? decoded.substring(1) : decoded;
    }
}
