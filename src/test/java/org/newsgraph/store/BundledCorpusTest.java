package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.ArticleFiles;
import org.newsgraph.bundled.BundledData;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;

/** The data bundled as resources is the repository's: loaded from the class path, it gives the same store. */
class BundledCorpusTest {

    @TempDir
    Path dir;

    @Test
    void theBundledCorpusGivesTheSameGraphsAsTheRepositorysFolder() throws Exception {
        DatasetGraph fromFolder;
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("folder"))) {
            assertEquals(32, TestCorpus.loadInto(store).loaded());
            fromFolder = copy(store.dataset());
        }
        DatasetGraph fromResources;
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("resources"))) {
            UriScheme uris = UriScheme.of(TestCorpus.BASE);
            AuthorityData authority = AuthorityData.loadBundled(uris);
            ArticleLoader loader = ArticleLoader.builder().store(store)
                .converter(ArticleConverter.create(uris, authority)).build();
            loader.loadAuthority(authority);
            List<Path> files = ArticleFiles.find(List.of(BundledData.folder(BundledData.CORPUS))).files();
            LoadReport report = loader.load(files);
            assertEquals(List.of(), report.failures());
            assertEquals(32, report.loaded());
            fromResources = copy(store.dataset());
        }
        // Same graph names, IRIs and literals (schema:identifier among them); only blank nodes may be renamed.
        assertEquals(fromFolder.stream().count(), fromResources.stream().count());
        assertEquals(names(fromFolder), names(fromResources));
        assertTrue(IsoMatcher.isomorphic(fromFolder, fromResources));
    }

    private static List<String> names(DatasetGraph dsg) {
        return org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes()).stream().map(Object::toString).sorted()
            .toList();
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            dsg.find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
