package org.newsgraph.server;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, before any endpoint sees them, the requests a read-only server has no answer for: a method other than
 * GET, HEAD, POST (queries) and OPTIONS (405, where Fuseki would answer 501), and parameters that cannot be decoded
 * (400, where Fuseki would answer 500).
 */
final class RequestScreen implements Filter {

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "OPTIONS");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", METHODS));
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "this server is read only");
            return;
        }
        try {
            request.getParameterMap();
        } catch (RuntimeException undecodable) {
            // Jetty's BadMessageException: bad percent-encoding or charset in the query string or a form body.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "the request's parameters cannot be decoded");
            return;
        }
        chain.doFilter(req, resp);
    }
}
