package org.newsgraph.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests to a site under test, over real HTTP on loopback. */
final class SiteRequests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    SiteRequests(int port) { this.port = port; }

    /** The answer to {@code request}, its body as bytes. */
    HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The URI of {@code path} (with an optional query) on the server, non-ASCII characters percent-encoded. */
    URI uri(String path) throws URISyntaxException {
        int q = path.indexOf('?');
        String p = "/" + (q < 0 ? path : path.substring(0, q));
        String query = q < 0 ? null : path.substring(q + 1);
        String ascii = new URI("http", null, "localhost", port, p, null, null).toASCIIString();
        return URI.create(query == null ? ascii : ascii + "?" + query);
    }
}
