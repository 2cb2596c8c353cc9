package org.newsgraph.web;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

import jakarta.servlet.ServletException;

/**
 * Serves the files of the dump folder (the gzipped dumps as {@code application/gzip}, the validation report as
 * Turtle) with Jetty's own static file handling: {@code Content-Length},
 * {@code Last-Modified}, ETags and byte ranges (206, and 416 for a range outside the file), so that downloads
 * resume. Mounted at {@code dumps/*}, it resolves the path info within the folder and lists no directory; the site
 * lets through only the names of the files it lists, and Jetty refuses paths that would leave the folder.
 */
final class DumpServlet extends ResourceServlet {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> settings;

    DumpServlet(Path folder) {
        this.settings = Map.of(
            "baseResource", folder.toAbsolutePath().normalize().toUri().toString(),
            "dirAllowed", "false",
            "acceptRanges", "true",
            "etags", "true",
            "precompressed", "false",
            "cacheControl", "public, max-age=3600");
    }

    @Override
    public void init() throws ServletException {
        super.init();
        // Jetty knows no type for .ttl, the validation report's extension.
        ServletContextHandler.getServletContextHandler(getServletContext()).getMimeTypes()
            .addMimeMapping("ttl", Lang.TURTLE.getHeaderString() + ";charset=utf-8");
    }

    @Override
    public String getInitParameter(String name) {
        String value = settings.get(name);
        return value != null ? value : super.getInitParameter(name);
    }
}
