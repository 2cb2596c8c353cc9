package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;

class ArticleLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheCorpusOneGraphPerArticle() throws Exception {
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            LoadReport report = TestCorpus.loadInto(store);
            assertEquals(32, report.loaded());
            assertEquals(List.of(), report.failures());
            AuthorityData authority = AuthorityData.load(TestCorpus.AUTHORITY, UriScheme.of(TestCorpus.BASE));
            assertEquals(32 + authority.graphs().size(), store.graphCount(), "32 articles and the authority files");
            long stored = Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(
                store.dataset().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
            assertEquals(authority.graphs().values().stream().mapToLong(g -> g.size()).sum(), stored - report.quads());
            // The default graph is the union: the reference article is found without naming its graph.
            assertEquals("中南六省区增强工业战线  领导重心转向钢铁", Txn.calculateRead(store.dataset(), () ->
                QueryExec.dataset(store.dataset()).query("SELECT ?h { <" + TestCorpus.REFERENCE_URI
                    + "> <https://schema.org/headline> ?h }").select().next().get("h").getLiteralLexicalForm()));
        }
    }

    @Test
    void loadingTwiceGivesTheSameStore() {
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            TestCorpus.loadInto(store);
            DatasetGraph first = copy(store.dataset());
            LoadReport again = TestCorpus.loadInto(store);
            assertEquals(32, again.loaded());
            DatasetGraph second = copy(store.dataset());
            assertEquals(first.stream().count(), second.stream().count());
            assertTrue(IsoMatcher.isomorphic(first, second));
        }
    }

    @Test
    void aBadFileIsReportedAndLeavesNothingWhileTheOthersLoad() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path good = Files.copy(TestCorpus.REFERENCE, in.resolve(TestCorpus.REFERENCE.getFileName()));
        Path bad = in.resolve("rmrb__1958.09__1958-09-06_坏文章.md.txt");
        Files.writeString(bad, TestCorpus.read(TestCorpus.REFERENCE).replace("Date: 1958-09-05", "Date: 1958-09-31"),
            StandardCharsets.UTF_8);
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            LoadReport report = loader(store).load(List.of(bad, good));
            assertEquals(1, report.loaded());
            assertEquals(1, report.failures().size());
            assertEquals(bad + ":3: impossible date '1958-09-31' (Invalid date 'SEPTEMBER 31')",
                report.failures().get(0).message());
            assertEquals(1, store.graphCount());
            assertFalse(Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset())
                .query("ASK { ?s ?p ?o FILTER(CONTAINS(STR(?s), '坏文章')) }").ask()));
        }
    }

    @Test
    void reloadingAChangedFileReplacesItsGraph() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path file = Files.copy(TestCorpus.REFERENCE, in.resolve(TestCorpus.REFERENCE.getFileName()));
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            loader(store).load(List.of(file));
            Files.writeString(file, TestCorpus.read(file).replace("Title: Central South", "Title: South Central"));
            loader(store).load(List.of(file));
            List<String> titles = Txn.calculateRead(store.dataset(), () -> {
                List<String> t = new java.util.ArrayList<>();
                QueryExec.dataset(store.dataset()).query("SELECT ?h { ?a <https://schema.org/headline> ?h "
                    + "FILTER(LANG(?h) = 'en') }").select().forEachRemaining(b -> t.add(b.get("h").getLiteralLexicalForm()));
                return t;
            });
            assertEquals(1, titles.size());
            assertTrue(titles.get(0).startsWith("South Central"), titles.toString());
        }
    }

    @Test
    void twoFilesWithTheSameUriAreNotMixedUp() throws Exception {
        // "a b" and "a_b" give the same URI slug; the second may not replace the first.
        String text = TestCorpus.read(TestCorpus.REFERENCE);
        Path first = Files.writeString(dir.resolve("rmrb__1958.09__1958-09-05_a b.md.txt"), text);
        Path second = Files.writeString(dir.resolve("rmrb__1958.09__1958-09-05_a_b.md.txt"), text.replace("Title: Central", "Title: Other"));
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            LoadReport together = loader(store).load(List.of(first, second));
            assertEquals(1, together.loaded());
            assertTrue(together.failures().get(0).message().contains("same URI"), together.failures().toString());
            LoadReport later = loader(store).load(List.of(second));
            assertEquals(0, later.loaded());
            assertTrue(later.failures().get(0).message().contains("as the stored article from rmrb/1958.09/1958-09-05_a b.md"),
                later.failures().toString());
            Node original = NodeFactory.createURI(TestCorpus.BASE + "rmrb/1958-09-05/p1/a_b");
            assertEquals(List.of("rmrb/1958.09/1958-09-05_a b.md"), Txn.calculateRead(store.dataset(), () ->
                store.dataset().stream(Node.ANY, original, NodeFactory.createURI("https://schema.org/identifier"), Node.ANY)
                    .map(q -> q.getObject().getLiteralLexicalForm()).toList()));
        }
    }

    @Test
    void batchesOfOneGiveTheSameStoreAsLargeBatches() {
        try (NewsgraphStore small = NewsgraphStore.open(dir.resolve("small"));
             NewsgraphStore large = NewsgraphStore.open(dir.resolve("large"))) {
            ArticleLoader.builder().store(small).converter(TestCorpus.converter()).batchSize(1).build()
                .load(TestCorpus.files());
            ArticleLoader.builder().store(large).converter(TestCorpus.converter()).batchSize(1000).build()
                .load(TestCorpus.files());
            assertTrue(IsoMatcher.isomorphic(copy(small.dataset()), copy(large.dataset())));
        }
    }

    private static ArticleLoader loader(NewsgraphStore store) {
        return ArticleLoader.builder().store(store).converter(TestCorpus.converter()).build();
    }

    static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(copy::add));
        return copy;
    }
}
