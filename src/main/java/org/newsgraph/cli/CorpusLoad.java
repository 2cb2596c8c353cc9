package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.newsgraph.article.ArticleFiles;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.store.ArticleLoader;
import org.newsgraph.store.LoadReport;
import org.newsgraph.store.NewsgraphStore;

/** Loads authority data and article files into a store, reporting on the terminal; shared by load and serve. */
final class CorpusLoad {

    private CorpusLoad() {}

    /**
     * How a load runs.
     *
     * @param batchSize     articles per write transaction
     * @param threads       threads that convert files
     * @param skipUnchanged whether files stored unchanged are skipped
     */
    record Settings(int batchSize, int threads, boolean skipUnchanged) {
        static final Settings DEFAULT = new Settings(100, Runtime.getRuntime().availableProcessors(), true);
    }

    /** Loads the files, and reports on err the folders that gave none (see {@link ArticleFiles}). */
    static LoadReport run(StoreOptions options, NewsgraphStore store, ArticleFiles articles, Settings settings,
                          PrintWriter out, PrintWriter err) throws IOException {
        store.requireBase(options.uris().base());
        AuthorityData authority = options.authorityData();
        articles.emptyFolders().forEach(err::println);
        List<Path> files = articles.files();
        ArticleLoader loader = ArticleLoader.builder()
            .store(store)
            .converter(options.converter(authority))
            .batchSize(settings.batchSize())
            .threads(settings.threads())
            .skipUnchanged(settings.skipUnchanged())
            .progress(ProgressBar.forTerminal(err, files.size()))
            .build();
        loader.loadAuthority(authority);
        LoadReport report = loader.load(files);
        report.failures().forEach(f -> err.println(f.message()));
        out.printf("loaded %d articles, %d unchanged, %d failed, %d triples, into %s%n", report.loaded(),
            report.skipped(), report.failures().size(), report.quads(), store.location());
        out.flush();
        return report;
    }
}
