package org.newsgraph.server;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the headers that keep a browser safe on every answer, pages and errors alike, before anything else handles
 * the request: no guessing of types, no referrer sent on, no framing, and a content security policy that lets a page
 * load nothing but the site's own files. A page that needs more (the query page) replaces the policy with its own.
 */
final class SecurityHeaders implements Filter {

    /** The headers, by name. */
    static final Map<String, String> HEADERS = Map.of(
        "Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'",
        "X-Content-Type-Options", "nosniff",
        "Referrer-Policy", "no-referrer",
        "X-Frame-Options", "DENY");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) resp;
        HEADERS.forEach(response::setHeader);
        chain.doFilter(req, resp);
    }
}
