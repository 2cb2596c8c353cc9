package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;
import picocli.CommandLine.Option;

/** Options shared by the commands that convert articles or open the store. */
final class StoreOptions {

    static final String DEFAULT_BASE = "http://localhost:3030/";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/tdb2",
        description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--base", paramLabel = "URI", defaultValue = DEFAULT_BASE,
        description = "Base URI that resources are published under (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--authority", paramLabel = "DIR",
        description = "Folder whose *.ttl files are the authority data (default: bundled authority data, the "
            + "repository's rdf/*.ttl).")
    Path authority;   // null: the bundled data

    UriScheme uris() { return UriScheme.of(base); }

    AuthorityData authorityData() throws IOException {
        return authority == null ? AuthorityData.loadBundled(uris()) : AuthorityData.load(authority, uris());
    }

    ArticleConverter converter(AuthorityData data) {
        return ArticleConverter.create(uris(), data);
    }
}
