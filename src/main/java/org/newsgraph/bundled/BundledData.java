package org.newsgraph.bundled;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The data the jar carries for the commands' defaults: the authority data ({@code rdf}), the ontology and shapes
 * ({@code ontology}), the bundled corpus ({@code corpus}) and the README ({@code readme}), copied by the build from the repository's folders of
 * the same names to {@code newsgraph/…} on the class path.
 *
 * <p>A bundled folder is given as a {@link Path}, inside the jar through its zip file system (or in the build's
 * classes folder when run from there), so that it is read exactly as a folder given by option is: the same files
 * listed in the same order, with the same file names. Listing the folder rather than a generated index keeps one
 * listing of what is bundled, the build's.
 */
public final class BundledData {

    /** The authority data, every {@code *.ttl} of the repository's {@code rdf} folder. */
    public static final String AUTHORITY = "rdf";
    /** The ontologies ({@code newsgraph.ttl}, {@code campaign.ttl}) and the SHACL shapes. */
    public static final String ONTOLOGY = "ontology";
    /** The bundled articles with their {@code SOURCES.md}. */
    public static final String CORPUS = "corpus";
    /** The README, whose example queries the site offers. */
    public static final String README = "readme";

    private static final String ROOT = "newsgraph/";

    private BundledData() {}

    /** The bundled folder {@code name} ({@link #AUTHORITY}, {@link #ONTOLOGY}, {@link #CORPUS} or {@link #README}). */
    public static synchronized Path folder(String name) throws IOException {
        URL url = BundledData.class.getClassLoader().getResource(ROOT + name);
        if (url == null)
            throw new NoSuchFileException(ROOT + name, null, "bundled data missing from the class path");
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bundled data at an unreadable address: " + url, e);
        }
        if ("jar".equals(uri.getScheme())) {
            // The jar's file system stays open for the life of the process: the data is read from it on demand.
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                // opened by an earlier call
            }
        }
        return Path.of(uri);
    }
}
