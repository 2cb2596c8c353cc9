package org.newsgraph.web;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * Serves the files of the dump folder with Jetty's own static file handling: {@code Content-Length},
 * {@code Last-Modified}, ETags and byte ranges (206, and 416 for a range outside the file), so that downloads
 * resume. Mounted at {@code dumps/*}, it resolves the path info within the folder and lists no directory; the site
 * lets through only the names of the dumps, and Jetty refuses paths that would leave the folder.
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
    public String getInitParameter(String name) {
        String value = settings.get(name);
        return value != null ? value : super.getInitParameter(name);
    }
}
