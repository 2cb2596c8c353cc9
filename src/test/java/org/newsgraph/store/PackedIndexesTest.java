package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;

/** Compaction that packs the indexes: the same data, in about half the index blocks, in a store that goes on. */
class PackedIndexesTest {

    @TempDir
    Path dir;

    @Test
    void compactionPacksEveryQuadIndexAndKeepsTheData() throws Exception {
        Path folder = dir.resolve("tdb2");
        List<Path> files = TestCorpus.files();
        DatasetGraph loaded;
        try (NewsgraphStore store = NewsgraphStore.open(folder)) {
            // In transactions: a first load in bulk is packed already.
            ArticleLoader loader = ArticleLoader.builder().store(store).converter(TestCorpus.converter())
                .firstLoad(FirstLoad.TRANSACTIONS).batchSize(4).build();
            loader.load(files.subList(0, 20));
            DatasetGraph before = ArticleLoaderTest.copy(store.dataset());
            Map<String, Double> fillBefore = fill(store.dataset());

            store.compact();

            assertTrue(IsoMatcher.isomorphic(before, ArticleLoaderTest.copy(store.dataset())), "the same quads");
            Map<String, Double> fillAfter = fill(store.dataset());
            assertEquals(fillBefore.keySet(), fillAfter.keySet());
            for (String index : fillAfter.keySet()) {
                // Written in transactions, the blocks are about half full; packed, all but the last are full.
                assertTrue(fillBefore.get(index) < 0.75, index + " before: " + fillBefore.get(index));
                assertTrue(fillAfter.get(index) > 0.9, index + " after: " + fillAfter.get(index));
            }
            assertSameTuples(store.dataset());
            assertEquals(List.of(TDBInternal.getDatasetGraphTDB(store.dataset()).getLocation().getDirectoryPath()
                .replaceAll("/$", "")), storageAreas(folder), "the old storage areas are deleted");

            // The packed store takes writes and reads as any other.
            loader.load(files.subList(20, files.size()));
            loaded = ArticleLoaderTest.copy(store.dataset());
        }
        try (NewsgraphStore reopened = NewsgraphStore.open(folder)) {
            assertTrue(IsoMatcher.isomorphic(loaded, ArticleLoaderTest.copy(reopened.dataset())));
            assertEquals(32, ArticleLoader.builder().store(reopened).converter(TestCorpus.converter()).build()
                .load(files).skipped(), "every article found stored unchanged");
            assertSameTuples(reopened.dataset());
        }
    }

    @Test
    void aFirstLoadInBulkLeavesItsIndexesPacked() throws Exception {
        Path folder = dir.resolve("tdb2");
        try (NewsgraphStore store = NewsgraphStore.open(folder)) {
            ArticleLoader.builder().store(store).converter(TestCorpus.converter()).build()
                .load(TestCorpus.files().subList(0, 20));
            fill(store.dataset()).forEach((index, fill) -> assertTrue(fill > 0.9, index + ": " + fill));
            assertSameTuples(store.dataset());
            assertEquals(List.of(folder.resolve("Data-0002").toString()), storageAreas(folder));
            try (Stream<Path> files = Files.list(folder.resolve("Data-0002"))) {
                assertEquals(List.of(), files.filter(Files::isDirectory).toList(), "the unpacked load is deleted");
            }
        }
    }

    @Test
    void aPackedCopyCutShortIsDiscardedWhenTheStoreIsOpened() throws Exception {
        Path folder = dir.resolve("tdb2");
        DatasetGraph before;
        try (NewsgraphStore store = NewsgraphStore.open(folder)) {
            TestCorpus.loadInto(store);
            before = ArticleLoaderTest.copy(store.dataset());
        }
        // What a compaction killed while it wrote the packed copy leaves behind.
        Path partial = Files.createDirectories(folder.resolve("Data-0002-tmp"));
        Files.write(partial.resolve("GSPO.dat"), new byte[8192]);
        try (NewsgraphStore store = NewsgraphStore.open(folder)) {
            assertFalse(Files.exists(partial));
            assertTrue(IsoMatcher.isomorphic(before, ArticleLoaderTest.copy(store.dataset())));
            store.compact();
            assertTrue(IsoMatcher.isomorphic(before, ArticleLoaderTest.copy(store.dataset())));
        }
    }

    @Test
    void storageAreasAreNumberedAsTdb2NumbersThem() {
        assertEquals("Data-0002", NewsgraphStore.nextStorageName("Data-0001"));
        assertEquals("Data-0010", NewsgraphStore.nextStorageName("Data-0009"));
        assertEquals("Data-10000", NewsgraphStore.nextStorageName("Data-9999"));
    }

    /** Records an index holds, against what its record blocks could hold. */
    private static Map<String, Double> fill(DatasetGraph dsg) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(dsg);
        return Txn.calculateRead(dsg, () -> {
            Map<String, Double> fill = new TreeMap<>();
            for (TupleIndex index : storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
                long blocks = tree.getRecordsMgr().getBlockMgr().allocLimit();
                fill.put(index.getName(), tree.size() / (double) (blocks * tree.getParams().getMaxRec()));
            }
            return fill;
        });
    }

    /** Every quad index holds the same quads as the others. */
    private static void assertSameTuples(DatasetGraph dsg) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(dsg);
        Txn.executeRead(dsg, () -> {
            TupleIndex[] indexes = storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
            Set<Tuple<NodeId>> primary = inPrimaryOrder(indexes[0]);
            assertTrue(primary.size() > 5_000, "quads: " + primary.size());
            for (TupleIndex index : indexes)
                assertEquals(primary, inPrimaryOrder(index), index.getName());
        });
    }

    /** The index's tuples, which it gives back in the table's primary order (GSPO). */
    private static Set<Tuple<NodeId>> inPrimaryOrder(TupleIndex index) {
        return Iter.asStream(index.all()).collect(Collectors.toSet());
    }

    private static List<String> storageAreas(Path folder) throws Exception {
        try (Stream<Path> areas = Files.list(folder)) {
            return areas.filter(Files::isDirectory).map(Path::toString).toList();
        }
    }
}
