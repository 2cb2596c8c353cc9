package org.newsgraph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses with 411 Length Required a request with a body that does not state its length. Jetty stops a body at the
 * server's bound either way, but one sent in chunks is stopped while Fuseki reads it, and Fuseki answers that with
 * 500 as if the server had failed; with the length stated, Jetty refuses it with 413 before it is read.
 */
final class LengthRequired implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && resp instanceof HttpServletResponse response
                && request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            response.setStatus(HttpServletResponse.SC_LENGTH_REQUIRED);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println("A request body must state its length (Content-Length).");
            return;
        }
        chain.doFilter(req, resp);
    }
}
