package org.newsgraph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one line per request: method, path, status and time taken. Long query strings are shortened. */
final class RequestLog implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger("org.newsgraph.server.request");
    private static final int QUERY_STRING_SHOWN = 120;

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, resp);
        } finally {
            if (LOG.isInfoEnabled() && req instanceof HttpServletRequest request
                    && resp instanceof HttpServletResponse response) {
                String qs = request.getQueryString();
                String shown = qs == null ? "" : "?" + (qs.length() > QUERY_STRING_SHOWN
                    ? qs.substring(0, QUERY_STRING_SHOWN) + "…" : qs);
                LOG.info("{} {}{} {} {} ms", request.getMethod(), request.getRequestURI(), shown,
                    response.getStatus(), (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
