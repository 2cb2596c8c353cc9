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
import org.newsgraph.store.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads authority data and article files into a store, reporting on the terminal; shared by load and serve. */
final class CorpusLoad {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusLoad.class);

    private CorpusLoad() {}

    /** Loads the files, and reports on err the folders that gave none (see {@link ArticleFiles}). */
    static LoadReport run(StoreOptions options, NewsgraphStore store, ArticleFiles articles, int batchSize,
                          PrintWriter out, PrintWriter err) throws IOException {
        store.requireBase(options.uris().base());
        AuthorityData authority = options.authorityData();
        articles.emptyFolders().forEach(err::println);
        List<Path> files = articles.files();
        ProgressListener bar = ProgressBar.forTerminal(err, files.size());
        ArticleLoader loader = ArticleLoader.builder()
            .store(store)
            .converter(options.converter(authority))
            .batchSize(batchSize)
            .progress((done, total) -> {
                // Also in the log, for a load that is not watched at a terminal.
                LOG.debug("{} of {} articles done", done, total);
                bar.progress(done, total);
            })
            .build();
        loader.loadAuthority(authority);
        LoadReport report = loader.load(files);
        report.failures().forEach(f -> err.println(f.message()));
        out.printf("loaded %d articles, %d failed, %d triples, into %s%n", report.loaded(), report.failures().size(),
            report.quads(), store.location());
        out.flush();
        return report;
    }
}
