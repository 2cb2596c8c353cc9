package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.newsgraph.article.ArticleWalk;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.store.ArticleLoader;
import org.newsgraph.store.FirstLoad;
import org.newsgraph.store.LoadReport;
import org.newsgraph.store.NewsgraphStore;
import org.newsgraph.store.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads authority data and article files into a store, reporting on the terminal; shared by load and serve. */
final class CorpusLoad {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusLoad.class);

    private CorpusLoad() {}

    /**
     * How a load runs.
     *
     * @param batchSize     articles per write transaction
     * @param threads       threads that convert files
     * @param skipUnchanged whether files stored unchanged are skipped
     * @param firstLoad     how a load into a store without articles writes them
     */
    record Settings(int batchSize, int threads, boolean skipUnchanged, FirstLoad firstLoad) {
        static final Settings DEFAULT = new Settings(100, Runtime.getRuntime().availableProcessors(), true,
            FirstLoad.SEQUENTIAL);
    }

    /**
     * Loads the article files of {@code paths} (see {@link ArticleWalk}), walking the folders as the load goes, and
     * reports on err the folders that gave none.
     *
     * @return the report, and the folders that gave no article file
     */
    static Result run(StoreOptions options, NewsgraphStore store, List<Path> paths, Settings settings,
                      PrintWriter out, PrintWriter err) throws IOException {
        store.requireBase(options.uris().base());
        AuthorityData authority = options.authorityData();
        int total = count(paths);
        ProgressListener bar = ProgressBar.forTerminal(err, total);
        ArticleLoader loader = ArticleLoader.builder()
            .store(store)
            .converter(options.converter(authority))
            .batchSize(settings.batchSize())
            .threads(settings.threads())
            .skipUnchanged(settings.skipUnchanged())
            .firstLoad(settings.firstLoad())
            .progress((done, all) -> {
                // Also in the log, for a load that is not watched at a terminal.
                LOG.debug("{} of {} articles done", done, all);
                bar.progress(done, all);
            })
            .build();
        loader.loadAuthority(authority);
        ArticleWalk files = ArticleWalk.of(paths);
        LoadReport report;
        long start = System.nanoTime();
        try {
            report = loader.load(files, total);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        files.emptyFolders().forEach(err::println);
        report.failures().forEach(f -> err.println(f.message()));
        out.printf(Locale.ROOT, "loaded %d articles, %d failed, %d unchanged, %d triples, into %s, in %.1f s%n",
            report.loaded(), report.failures().size(), report.skipped(), report.quads(), store.location(), seconds);
        out.flush();
        return new Result(report, files.emptyFolders());
    }

    /** What a load did, and the folder arguments it found no article file in. */
    record Result(LoadReport report, List<String> emptyFolders) {}

    /** How many article files {@code paths} hold: a walk of their folders that keeps nothing but the count. */
    private static int count(List<Path> paths) throws IOException {
        ArticleWalk walk = ArticleWalk.of(paths);
        int n = 0;
        try {
            for (; walk.hasNext(); walk.next())
                n++;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n;
    }
}
