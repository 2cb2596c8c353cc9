package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;

/** The published dump in {@code rdf/} is what the code makes of the bundled corpus today. */
class PublishedDumpTest {

    static final Path PUBLISHED = Path.of("rdf", "dump", "newsgraph-corpus.ttl");

    @TempDir
    Path dir;

    @Test
    void publishedDumpIsUpToDate() {
        Graph published = GraphFactory.createDefaultGraph();
        RDFParser.source(PUBLISHED).parse(published);
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            TestCorpus.loadInto(store);
            Graph current = DatasetDumpTest.union(ArticleLoaderTest.copy(store.dataset()));
            assertTrue(IsoMatcher.isomorphic(current, published),
                PUBLISHED + " is out of date: regenerate it with scripts/dump-corpus.sh (current: " + current.size()
                    + " triples, published: " + published.size() + ")");
        }
    }
}
