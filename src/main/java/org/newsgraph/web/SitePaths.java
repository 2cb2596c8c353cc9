package org.newsgraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.newsgraph.server.NewsgraphServer;

/** The site's own paths: where a link to a URI goes, and the links to the endpoint and the query page. */
final class SitePaths {

    /** The query page, under the base. */
    static final String QUERY_PAGE = "query";

    private final String base;
    private final String basePath;

    SitePaths(String base, String basePath) {
        this.base = Objects.requireNonNull(base, "base");
        this.basePath = Objects.requireNonNull(basePath, "basePath");
    }

    String basePath() { return basePath; }

    /**
     * Where a link to {@code uri} goes: the site's own path for a URI under the base (so that the page works
     * whatever host name it is reached by), the IRI itself when it is http(s), and no link otherwise.
     */
    String href(String uri) {
        if (uri.startsWith(base))
            return basePath + uri.substring(base.length());
        if (uri.startsWith("http://") || uri.startsWith("https://"))
            return uri;
        return null;
    }

    /** The query page with {@code query} in its editor. */
    String queryPage(String query) {
        return basePath + QUERY_PAGE + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The endpoint's answer to {@code query}. */
    String endpoint(String query) {
        return basePath + NewsgraphServer.QUERY_ENDPOINT + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
