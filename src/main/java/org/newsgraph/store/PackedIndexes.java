package org.newsgraph.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a copy of a TDB2 storage area whose quad and triple indexes are packed full, the way {@code tdb2.xloader}
 * builds them. TDB2 otherwise grows its B+trees by inserting one record at a time, which leaves their blocks about
 * half full, even in a freshly compacted store: the indexes are most of a store's size.
 * <p>
 * The node table is copied file by file, so every node keeps its id and each index's records, read in their own
 * order, are already sorted for {@link BPlusTreeRewriter} to lay out bottom-up.
 */
final class PackedIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(PackedIndexes.class);

    /** TDB2's block size: a block of zeros in a copied file is left a hole. */
    private static final int COPY_BLOCK = 8192;

    private PackedIndexes() {}

    /**
     * Copies {@code source}, which must hold no writer and have every commit written to its files, into the empty
     * folder {@code target}, with each index packed; leaves the copy closed.
     */
    static void copy(DatasetGraphTDB source, Path target) throws IOException {
        Path sourceDir = Path.of(source.getLocation().getDirectoryPath());
        List<TupleIndex> indexes = indexesOf(source);
        Set<String> indexFiles = indexes.stream().map(TupleIndex::getName)
            .flatMap(name -> Stream.of(name + ".dat", name + ".idn", name + ".bpt")).collect(Collectors.toSet());
        copyFilesExcept(sourceDir, target, indexFiles);
        Location location = Location.create(target.toString());
        DatasetGraphTDB copy = StoreConnection.connectCreate(location).getDatasetGraphTDB();
        try {
            Txn.executeRead(source, () -> {
                for (TupleIndex index : indexes)
                    pack(index, indexNamed(copy, index.getName()));
            });
        } finally {
            StoreConnection.internalExpel(location, true);
        }
    }

    /** The node table, prefixes and settings: everything but the indexes, which are rebuilt, and the lock. */
    private static void copyFilesExcept(Path from, Path to, Set<String> indexFiles) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && !indexFiles.contains(name) && !name.equals("tdb.lock"))
                    copySparse(f, to.resolve(name));
            }
        }
    }

    /**
     * Copies a file leaving its blocks of zeros as holes: TDB2 maps its B+tree files in large segments it fills
     * as it goes, and a plain copy would write out the unused part of each.
     */
    private static void copySparse(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             RandomAccessFile out = new RandomAccessFile(to.toFile(), "rw")) {
            ByteBuffer block = ByteBuffer.allocate(COPY_BLOCK);
            long position = 0;
            for (int n; (n = in.read(block.clear(), position)) > 0; position += n) {
                block.flip();
                if (!allZero(block))
                    out.getChannel().write(block, position);
            }
            out.setLength(position);
        }
    }

    private static boolean allZero(ByteBuffer block) {
        for (int i = block.position(); i < block.limit(); i++)
            if (block.get(i) != 0)
                return false;
        return true;
    }

    private static void pack(TupleIndex from, TupleIndex to) {
        BPlusTree source = bplusTree(from);
        Iterator<Record> records = source.iterator();
        if (!records.hasNext())
            return;
        BPlusTree target = bplusTree(to);
        CoLib.executeWrite(to, () -> BPlusTreeRewriter.packIntoBPlusTree(records, target.getParams(),
            target.getRecordFactory(), target.getStateManager().getBufferChannel(),
            target.getNodeManager().getBlockMgr(), target.getRecordsMgr().getBlockMgr()));
        LOG.debug("packed index {}", from.getName());
    }

    private static List<TupleIndex> indexesOf(DatasetGraphTDB dsg) {
        List<TupleIndex> all = new ArrayList<>();
        all.addAll(List.of(dsg.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()));
        all.addAll(List.of(dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()));
        return all;
    }

    /** The index of {@code dsg} named {@code name}, e.g. {@code SPOG}. */
    static TupleIndex indexNamed(DatasetGraphTDB dsg, String name) {
        return indexesOf(dsg).stream().filter(i -> i.getName().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalStateException("no index " + name + " in " + dsg.getLocation()));
    }

    private static BPlusTree bplusTree(TupleIndex index) {
        if (index instanceof TupleIndexRecord record && record.getRangeIndex() instanceof BPlusTree tree)
            return tree;
        throw new IllegalStateException("index " + index.getName() + " is not a B+tree: " + index.getClass());
    }
}
