package org.newsgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.newsgraph.linking.GazetteerBuilder;
import org.newsgraph.linking.Reconciler;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.store.NewsgraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = "Looks up the gazetteer's entities that have no confirmed Wikidata link in a Wikidata SPARQL endpoint "
        + "by GB/T 2260 code (P442, an exact match for a unit with a code) and by Chinese and English name, scores the "
        + "candidates (type, location, existence in the years of the articles in the store that mention the entity) "
        + "and writes them to a reviewable file. The best candidate is accepted when it scores at least 0.8 and leads "
        + "the next by 0.2; rebuild the gazetteer afterwards with 'newsgraph gazetteer'.")
final class ReconcileCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = Namespaces.WIKIDATA_QUERY_SERVICE,
        description = "Wikidata SPARQL endpoint (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "rdf/sources/gazetteer/" + GazetteerBuilder.RECONCILIATION,
        description = "Where the proposals go (default: ${DEFAULT-VALUE}, relative to the working directory: run "
            + "from the repository).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(options.store))
            throw new NoSuchFileException(options.store.toString(), null,
                "no store here: the articles that mention the entities date them");
        AuthorityData authority = options.authorityData();
        Graph all = authority.union();
        Reconciler.Builder builder = Reconciler.builder().endpoint(endpoint);
        Reconciler.wikidataClasses(all).forEach(builder::kind);
        Reconciler reconciler = builder.build();
        String base = options.uris().base();
        List<Reconciler.Entity> entities = Reconciler.unlinked(all, base);
        List<String> rows = new ArrayList<>(List.of(Reconciler.HEADER));
        int accepted = 0;
        try (NewsgraphStore store = NewsgraphStore.open(options.store)) {
            store.requireBase(base);
            for (Reconciler.Entity e : entities) {
                Optional<Reconciler.Years> mentioned = Reconciler.mentionYears(store.dataset(), base + e.key());
                for (Reconciler.Proposal p : reconciler.reconcile(e, mentioned)) {
                    rows.add(Reconciler.row(p));
                    accepted += p.accepted() ? 1 : 0;
                }
            }
        }
        AtomicFile.write(out, stream -> stream.write((String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8)));
        spec.commandLine().getOut().printf("%d entities looked up: %d accepted, %d proposed for review, in %s%n",
            entities.size(), accepted, rows.size() - 1 - accepted, out);
        return 0;
    }
}
