package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsgraph.publish.GraphStoreTarget;
import org.newsgraph.publish.PublishReport;
import org.newsgraph.publish.Publisher;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.store.NewsgraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "publish", mixinStandardHelpOptions = true,
    description = "Sends the store's named graphs to a SPARQL 1.1 Graph Store Protocol endpoint (PUT ?graph=…), "
        + "only those the target does not already hold as they are, and records what it holds in the target's "
        + "graph {base}publication. Publishing again resumes a publish that stopped.")
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--target", paramLabel = "URL", required = true,
        description = "The Graph Store Protocol endpoint, or with --graph-store-path the server or dataset URL.")
    String target;

    @Option(names = "--graph-store-path", paramLabel = "PATH",
        description = "Path of the Graph Store Protocol service under --target, e.g. rdf-graphs/service (GraphDB).")
    String graphStorePath;

    @Option(names = "--user", paramLabel = "NAME", description = "User name for HTTP Basic authentication.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
        description = "File whose first line is the password (never given on the command line).")
    Path passwordFile;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/tdb2",
        description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--record-every", paramLabel = "N", defaultValue = "100",
        description = "Graphs sent between two additions to the target's record (default: ${DEFAULT-VALUE}).")
    int recordEvery;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((user == null) != (passwordFile == null))
            throw new CommandLine.ParameterException(spec.commandLine(), "--user and --password-file go together");
        if (!Files.isDirectory(store))
            throw new NoSuchFileException(store.toString(), null, "no store here");
        GraphStoreTarget.Builder target = GraphStoreTarget.builder().endpoint(endpoint());
        if (user != null)
            target.credentials(user, password(passwordFile));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (NewsgraphStore s = NewsgraphStore.open(store)) {
            String base = s.base().orElseThrow(() -> new IllegalArgumentException(
                "the store " + store + " has nothing loaded to publish"));
            long start = System.nanoTime();
            PublishReport report = Publisher.builder().store(s).target(target.build())
                .manifestGraph(UriScheme.of(base).publicationManifest())
                .recordEvery(recordEvery)
                .progress(ProgressBar.forTerminal(err, (int) s.graphCount()))
                .build().publish();
            report.failures().forEach(err::println);
            if (report.stoppedBy() != null)
                err.println("stopped: " + report.stoppedBy() + "; publish again to resume");
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT,
                "published %d of %d graphs to %s: %d sent, %d already there, %d refused, %,d bytes, in %.1f s%n",
                report.sent() + report.skipped(), report.graphs(), endpoint(), report.sent(), report.skipped(),
                report.failures().size(), report.bytes(), seconds);
            out.flush();
            return report.complete() ? 0 : NewsgraphCommand.EXIT_REJECTED;
        }
    }

    private String endpoint() {
        if (graphStorePath == null || graphStorePath.isEmpty())
            return target;
        return target.replaceAll("/+$", "") + "/" + graphStorePath.replaceAll("^/+", "");
    }

    /** The first line of the file; the file must hold one. */
    private static String password(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        if (first.isEmpty())
            throw new IllegalArgumentException(file + ":1: no password on the first line");
        return first;
    }
}
