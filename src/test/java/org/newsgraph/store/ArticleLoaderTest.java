package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.NG;
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
            assertEquals(0, again.loaded());
            assertEquals(32, again.skipped(), "every file is stored unchanged");
            assertTrue(IsoMatcher.isomorphic(first, copy(store.dataset())));
            LoadReport forced = ArticleLoader.builder().store(store).converter(TestCorpus.converter())
                .skipUnchanged(false).build().load(TestCorpus.files());
            assertEquals(32, forced.loaded());
            assertEquals(0, forced.skipped());
            DatasetGraph second = copy(store.dataset());
            assertEquals(first.stream().count(), second.stream().count());
            assertTrue(IsoMatcher.isomorphic(first, second));
        }
    }

    @Test
    void eachArticleRecordsTheSha256OfItsFile() throws Exception {
        Path file = TestCorpus.REFERENCE;
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            loader(store).load(List.of(file));
            assertEquals(List.of(expected), Txn.calculateRead(store.dataset(), () -> store.dataset()
                .stream(Node.ANY, NodeFactory.createURI(TestCorpus.REFERENCE_URI), NG.sourceSha256, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).toList()));
        }
    }

    @Test
    void changingOneFileReplacesOnlyItsGraph() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new java.util.ArrayList<>();
        for (String name : List.of("1958-09-05_中南", "1958-09-01_云南", "1958-08-01_毛主席电贺"))
            files.add(Files.copy(TestCorpus.file(name), in.resolve(TestCorpus.file(name).getFileName())));
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            assertEquals(3, loader(store).load(files).loaded());
            Node changed = NodeFactory.createURI(TestCorpus.BASE + "graph/rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁");
            Set<Quad> othersBefore = quadsOutside(store, changed);
            Files.writeString(files.get(0), TestCorpus.read(files.get(0)).replace("Title: Central South", "Title: South Central"));
            LoadReport report = loader(store).load(files);
            assertEquals(1, report.loaded());
            assertEquals(2, report.skipped());
            assertEquals(othersBefore, quadsOutside(store, changed), "the other graphs' quads are untouched");
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().stream(changed, Node.ANY,
                NodeFactory.createURI("https://schema.org/headline"), Node.ANY)
                .anyMatch(q -> q.getObject().getLiteralLexicalForm().startsWith("South Central"))));
        }
    }

    @Test
    void anArticleMovedToAnotherPageTakesItsOldGraphWithIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path file = Files.copy(TestCorpus.REFERENCE, in.resolve(TestCorpus.REFERENCE.getFileName()));
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            loader(store).load(List.of(file));
            String text = TestCorpus.read(file);
            assertTrue(text.contains("第1版"), "the reference article gives its page");
            Files.writeString(file, text.replace("Page: 1", "Page: 2").replace("第1版", "第2版"));
            assertEquals(1, loader(store).load(List.of(file)).loaded());
            assertEquals(List.of(TestCorpus.BASE + "graph/rmrb/1958-09-05/p2/中南六省区增强工业战线_领导重心转向钢铁"),
                Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.asStream(
                    store.dataset().listGraphNodes()).map(Node::getURI).toList()));
        }
    }

    @Test
    void unchangedAuthorityGraphsAreLeftAloneAndChangedOnesReplaced() throws Exception {
        UriScheme uris = UriScheme.of(TestCorpus.BASE);
        AuthorityData bundled = AuthorityData.load(TestCorpus.AUTHORITY, uris);
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            ArticleLoader loader = loader(store);
            assertTrue(loader.loadAuthority(bundled) > 0);
            assertEquals(0, loader.loadAuthority(bundled), "nothing changed, nothing written");
            AuthorityData edited = AuthorityData.load(editedAuthority(), uris);
            Node publications = uris.authorityGraph("publications");
            assertEquals(edited.graphs().get("gazetteer").size() + edited.graphs().get("publications").size(),
                loader.loadAuthority(edited), "the two edited graphs are replaced, the others left alone");
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(publications,
                NodeFactory.createURI("http://example.org/edited"), Node.ANY, Node.ANY)));
        }
    }

    @Test
    void aReloadThenCompactionGivesBackTheSizeOfACleanLoad() throws Exception {
        List<Path> files = TestCorpus.files().subList(0, 12);
        UriScheme uris = UriScheme.of(TestCorpus.BASE);
        AuthorityData bundled = AuthorityData.load(TestCorpus.AUTHORITY, uris);
        long clean;
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("clean"))) {
            ArticleLoader loader = loader(store);
            loader.loadAuthority(bundled);
            loader.load(files);
            clean = store.sizeOnDisk();
        }
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("reloaded"))) {
            // Authority data edited and edited back, and every article replaced, one per transaction: each
            // transaction leaves the data it replaced behind.
            AuthorityData edited = AuthorityData.load(editedAuthority(), uris);
            ArticleLoader loader = ArticleLoader.builder().store(store).converter(TestCorpus.converter())
                .skipUnchanged(false).batchSize(1).build();
            for (AuthorityData authority : List.of(bundled, edited, bundled, edited, bundled)) {
                loader.loadAuthority(authority);
                loader.load(files);
            }
            DatasetGraph loaded = copy(store.dataset());
            long reloaded = store.sizeOnDisk();
            assertTrue(reloaded > clean * 1.2, "replaced data is kept until compaction: " + reloaded + " vs " + clean);
            store.compact();
            long compacted = store.sizeOnDisk();
            assertTrue(Math.abs(compacted - clean) <= clean * 0.05, "compacted " + compacted + " vs clean " + clean);
            assertTrue(IsoMatcher.isomorphic(loaded, copy(store.dataset())), "compaction keeps the data");
        }
    }

    /** The bundled authority data with one more triple in its largest graph and one in the publications. */
    private Path editedAuthority() throws Exception {
        Path edited = Files.createDirectories(dir.resolve("authority-edited"));
        try (var files = Files.list(TestCorpus.AUTHORITY)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".ttl")).toList())
                Files.copy(f, edited.resolve(f.getFileName()));
        }
        String triple = "\n<http://example.org/edited> <http://www.w3.org/2000/01/rdf-schema#label> \"edited\"@en .\n";
        for (String name : List.of("gazetteer.ttl", "publications.ttl"))
            Files.writeString(edited.resolve(name), triple, java.nio.file.StandardOpenOption.APPEND);
        return edited;
    }

    @Test
    void moreThreadsGiveTheSameStore() {
        try (NewsgraphStore one = NewsgraphStore.open(dir.resolve("one"));
             NewsgraphStore four = NewsgraphStore.open(dir.resolve("four"))) {
            List<Path> files = TestCorpus.files().subList(0, 12);
            ArticleLoader.builder().store(one).converter(TestCorpus.converter()).threads(1).build().load(files);
            LoadReport report = ArticleLoader.builder().store(four).converter(TestCorpus.converter()).threads(4)
                .batchSize(5).build().load(files.iterator(), files.size());
            assertEquals(12, report.loaded());
            assertTrue(IsoMatcher.isomorphic(copy(one.dataset()), copy(four.dataset())));
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
    void aFirstLoadInBulkGivesWhatTransactionsGive() throws Exception {
        // The corpus, two files whose articles share a URI, and a corrected copy of one file in another folder.
        String text = TestCorpus.read(TestCorpus.REFERENCE);
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new java.util.ArrayList<>(TestCorpus.files());
        files.add(Files.writeString(in.resolve("rmrb__1958.09__1958-09-05_a b.md.txt"), text));
        files.add(Files.writeString(in.resolve("rmrb__1958.09__1958-09-05_a_b.md.txt"), text.replace("Title: Central", "Title: Other")));
        Path corrected = Files.createDirectories(dir.resolve("corrected"));
        files.add(Files.writeString(corrected.resolve(TestCorpus.REFERENCE.getFileName()), text.replace("Title: Central", "Title: Corrected")));
        try (NewsgraphStore bulk = NewsgraphStore.open(dir.resolve("bulk"));
             NewsgraphStore transactions = NewsgraphStore.open(dir.resolve("transactions"))) {
            ArticleLoader bulkLoader = loader(bulk);
            bulkLoader.loadAuthority(AuthorityData.load(TestCorpus.AUTHORITY, UriScheme.of(TestCorpus.BASE)));
            LoadReport first = bulkLoader.load(files);
            ArticleLoader transactionLoader = ArticleLoader.builder().store(transactions)
                .converter(TestCorpus.converter()).firstLoad(FirstLoad.TRANSACTIONS).build();
            transactionLoader.loadAuthority(AuthorityData.load(TestCorpus.AUTHORITY, UriScheme.of(TestCorpus.BASE)));
            LoadReport reference = transactionLoader.load(files);

            assertEquals(reference.loaded(), first.loaded());
            assertEquals(reference.quads(), first.quads());
            // The same files refused for the same URI; the wording says whether the other article was found in the
            // same batch or in the store, which depends on the batches.
            assertEquals(refusals(reference), refusals(first));
            assertTrue(first.failures().get(0).message().contains("same URI"), first.failures().toString());
            assertTrue(IsoMatcher.isomorphic(copy(transactions.dataset()), copy(bulk.dataset())));
            // The bulk load wrote a new storage area, which replaced the one holding the authority data alone.
            assertEquals(List.of("Data-0002"), storageAreas(bulk));
            assertEquals(List.of("Data-0001"), storageAreas(transactions));
            // The store is no longer empty: the next load goes through transactions, in the same area.
            assertEquals(1, bulkLoader.load(TestCorpus.files().subList(1, 2)).skipped());
            assertEquals(List.of("Data-0002"), storageAreas(bulk));
        }
    }

    private static List<String> refusals(LoadReport report) {
        return report.failures().stream()
            .map(f -> f.message().replace(" as the stored article from ", " as ").replace(" in this run", "")).toList();
    }

    private static List<String> storageAreas(NewsgraphStore store) throws Exception {
        try (var areas = Files.list(store.location())) {
            return areas.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anAuthorityValueChangedInItsFileLeavesNoOldValueBehind() throws Exception {
        // Written as the gazetteer's sources give whole degrees: TDB2 cannot delete "44"^^xsd:decimal as written.
        Path folder = Files.createDirectories(dir.resolve("authority"));
        Path file = folder.resolve("places.ttl");
        String place = "<http://localhost:3030/place/p> <https://schema.org/latitude> ";
        UriScheme uris = UriScheme.of(TestCorpus.BASE);
        Node graph = uris.authorityGraph("places");
        Node latitude = NodeFactory.createURI("https://schema.org/latitude");
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            ArticleLoader loader = loader(store);
            for (String value : List.of("44", "45", "44.50")) {
                Files.writeString(file, place + "\"" + value + "\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n");
                loader.loadAuthority(AuthorityData.load(folder, uris));
                List<String> stored = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .stream(graph, Node.ANY, latitude, Node.ANY).map(q -> q.getObject().getLiteralLexicalForm()).toList());
                assertEquals(List.of(new java.math.BigDecimal(value).stripTrailingZeros().toPlainString()
                    .replaceAll("^(\\d+)$", "$1.0")), stored, "after loading " + value);
            }
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

    /** The quads of every graph but {@code graph}. */
    private static Set<Quad> quadsOutside(NewsgraphStore store, Node graph) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().stream()
            .filter(q -> !q.getGraph().equals(graph)).collect(Collectors.toSet()));
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
