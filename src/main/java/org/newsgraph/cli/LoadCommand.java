package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.article.ArticleWalk;
import org.newsgraph.store.FirstLoad;
import org.newsgraph.store.NewsgraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Parses article files (files or folders, searched recursively), maps them to RDF and loads them "
        + "into the TDB2 store, one named graph per article. Loading an article again replaces it; a file stored "
        + "unchanged (same SHA-256) is skipped without being parsed.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100",
        description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--threads", paramLabel = "N",
        description = "Threads that parse and map files (default: one per processor); one more writes.")
    Integer threads;

    @Option(names = "--force", description = "Convert every file again, even those stored unchanged (after an "
        + "upgrade of newsgraph or a change of the authority data).")
    boolean force;

    @Option(names = "--first-load", paramLabel = "WAY", defaultValue = "sequential",
        description = "How a load into a store without articles writes them: sequential, phased or parallel "
            + "(Jena's bulk loaders, into a new storage area that replaces the store's when complete; phased and "
            + "parallel take more threads and much more heap), or transactions (of --batch-size articles, as later "
            + "loads: the store grows several times over until compacted). Default: ${DEFAULT-VALUE}.")
    FirstLoad firstLoad;

    @Option(names = "--compact", description = "Compact the store after the load (see the compact command).")
    boolean compact;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ArticleWalk articles = ArticleWalk.of(paths);
        if (!hasAny(articles)) {
            // Nothing to load: the store is left as it is, not even created.
            articles.emptyFolders().forEach(spec.commandLine().getErr()::println);
            return NewsgraphCommand.EXIT_REJECTED;
        }
        try (NewsgraphStore store = NewsgraphStore.open(options.store)) {
            CorpusLoad.Settings settings = new CorpusLoad.Settings(batchSize,
                threads == null ? CorpusLoad.Settings.DEFAULT.threads() : threads, !force, firstLoad);
            CorpusLoad.Result result = CorpusLoad.run(options, store, paths, settings, spec.commandLine().getOut(),
                spec.commandLine().getErr());
            if (compact)
                CompactCommand.compact(store, spec.commandLine().getOut());
            return result.report().failures().isEmpty() && result.emptyFolders().isEmpty() ? 0
                : NewsgraphCommand.EXIT_REJECTED;
        }
    }

    /** Whether the walk finds an article file; stops at the first. */
    private static boolean hasAny(ArticleWalk articles) throws IOException {
        try {
            return articles.hasNext();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
