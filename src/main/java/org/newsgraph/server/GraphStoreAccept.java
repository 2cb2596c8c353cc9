package org.newsgraph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.fuseki.DEF;

/**
 * Answers 406 to a Graph Store Protocol read whose {@code Accept} names no RDF syntax the server writes, before
 * Fuseki does: Fuseki fails while writing that 406 itself and sends a 500 with no body.
 */
final class GraphStoreAccept implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String accept = request.getHeader("Accept");
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && accept != null && !accept.isBlank() && !writable(accept)) {
            ((HttpServletResponse) resp).sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                "no RDF syntax in Accept; this endpoint writes " + DEF.rdfOffer);
            return;
        }
        chain.doFilter(req, resp);
    }

    private static boolean writable(String accept) {
        try {
            return AcceptList.match(new AcceptList(accept), DEF.rdfOffer) != null;
        } catch (RuntimeException unreadable) {
            // An Accept header that does not parse is left to Fuseki, which falls back to its default syntax.
            return true;
        }
    }
}
