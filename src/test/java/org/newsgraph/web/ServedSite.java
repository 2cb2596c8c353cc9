package org.newsgraph.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.newsgraph.rdf.UriScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.NewsgraphStore;

/** A site over a store, mounted on a server on a free port and started, with its counts and dumps made or not yet. */
record ServedSite(Site site, NewsgraphServer server) {

    /** The site of {@code store} under {@code uris}, its dumps in {@code dumps}. */
    static ServedSite start(NewsgraphStore store, UriScheme uris, Path dumps) throws IOException {
        return start(store, uris, dumps, UnaryOperator.identity());
    }

    /** The same, with {@code options} set on the server's builder. */
    static ServedSite start(NewsgraphStore store, UriScheme uris, Path dumps,
                            UnaryOperator<NewsgraphServer.Builder> options) throws IOException {
        ServedSite served = startUnprepared(store, uris, dumps, options);
        served.site().prepare();
        return served;
    }

    /** The site serving before its counts and dumps are made, as {@code serve} starts. */
    static ServedSite startUnprepared(NewsgraphStore store, UriScheme uris, Path dumps,
                                      UnaryOperator<NewsgraphServer.Builder> options) throws IOException {
        Site site = Site.builder().store(store).uris(uris).dumpFolder(dumps).build();
        NewsgraphServer server = site.mountOn(options.apply(NewsgraphServer.builder().dataset(store.dataset()).port(0)))
            .build().start();
        return new ServedSite(site, server);
    }
}
