package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.bundled.BundledData;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.NewsgraphStore;
import org.newsgraph.web.Site;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the store read-only: every URI under the base with content negotiation, a home page, "
        + "dumps at {base}dumps/, the VoID description at {base}.well-known/void, SPARQL at {base}sparql, Graph Store "
        + "Protocol (read) at {base}get. An empty store is first loaded with the bundled corpus.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
        description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "Longest a query may run (default: ${DEFAULT-VALUE}).")
    int queryTimeoutSeconds;

    @Option(names = "--max-request-body", paramLabel = "BYTES", defaultValue = "" + NewsgraphServer.DEFAULT_MAX_REQUEST_BODY,
        description = "Largest request body, e.g. a query sent by POST; a larger one is refused with 413 "
            + "(default: ${DEFAULT-VALUE}).")
    long maxRequestBody;

    @Option(names = "--max-request-head", paramLabel = "BYTES", defaultValue = "" + NewsgraphServer.DEFAULT_MAX_REQUEST_HEAD,
        description = "Largest request line (so URL, and query sent by GET) and headers together; over it the "
            + "request is refused with 414 or 431 (default: ${DEFAULT-VALUE}).")
    int maxRequestHead;

    @Option(names = "--max-answer", paramLabel = "BYTES", defaultValue = "" + NewsgraphServer.DEFAULT_MAX_ANSWER,
        description = "Largest answer of a query; a larger one is refused whole with 422 (default: ${DEFAULT-VALUE}).")
    long maxAnswer;

    @Option(names = "--allow-service", paramLabel = "URL", split = ",",
        description = "Endpoints federated queries may reach with SERVICE, besides Wikidata's (" + Namespaces.WIKIDATA_QUERY_SERVICE
            + "), which is always allowed; any other is refused.")
    List<String> services = new java.util.ArrayList<>();

    @Option(names = "--corpus", paramLabel = "DIR",
        description = "Articles loaded into an empty store (default: bundled corpus, the repository's corpus/).")
    Path corpus;   // null: the bundled corpus

    @Option(names = "--dumps", paramLabel = "DIR",
        description = "Folder of the dumps served at {base}dumps/, written while the server answers when missing or "
            + "older than the store (default: beside the store, the store's folder name + '-dumps').")
    Path dumps;   // null: beside the store

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (queryTimeoutSeconds < 1)
            throw new CommandLine.ParameterException(spec.commandLine(), "--query-timeout must be at least 1 second");
        if (maxRequestBody < 1 || maxAnswer < 1 || maxRequestHead < 1024)
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--max-request-body and --max-answer must be positive, --max-request-head at least 1024");
        try (NewsgraphStore store = NewsgraphStore.open(options.store)) {
            store.requireBase(options.uris().base());
            if (store.isEmpty()) {
                Path articles = corpus == null ? BundledData.folder(BundledData.CORPUS) : corpus;
                CorpusLoad.run(options, store, List.of(articles), CorpusLoad.Settings.DEFAULT, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            }
            Path dumpFolder = dumps != null ? dumps : defaultDumpFolder(options.store);
            Site site = Site.builder().store(store).uris(options.uris()).dumpFolder(dumpFolder).build();
            NewsgraphServer.Builder builder = NewsgraphServer.builder()
                .dataset(store.dataset())
                .port(port)
                .basePath(options.uris().basePath())
                .queryTimeout(Duration.ofSeconds(queryTimeoutSeconds))
                .maxRequestBody(maxRequestBody)
                .maxRequestHead(maxRequestHead)
                .maxAnswer(maxAnswer, "; or download a dump: " + options.uris().base() + "dumps/");
            builder.allowService(Namespaces.WIKIDATA_QUERY_SERVICE);
            services.forEach(builder::allowService);
            site.mountOn(builder);
            NewsgraphServer server = builder.build().start();
            spec.commandLine().getOut().printf("serving %s on port %d: the site at %s, SPARQL at %s%s, dumps in %s%n",
                options.store, server.port(), options.uris().basePath(), options.uris().basePath(),
                NewsgraphServer.QUERY_ENDPOINT, dumpFolder);
            spec.commandLine().getOut().flush();
            site.prepareInBackground();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            server.join();
            return 0;
        }
    }

    /** The dump folder beside {@code store}: {@code data/tdb2} has {@code data/tdb2-dumps}. */
    static Path defaultDumpFolder(Path store) {
        Path absolute = store.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-dumps");
    }
}
