package org.newsgraph.server;

import org.apache.jena.fuseki.main.sys.FusekiErrorHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Fuseki's error answers, with the {@linkplain SecurityHeaders security headers} and without stack traces. Jetty
 * answers some requests itself before any filter sees them (a path it will not decode, for one), with this handler.
 */
final class ErrorPages extends FusekiErrorHandler {

    ErrorPages() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.HEADERS.forEach(response.getHeaders()::put);
        return super.handle(request, response, callback);
    }
}
