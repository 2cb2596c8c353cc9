package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.rdf.UriScheme;

/**
 * The TDB2 store: one named graph per article (and per authority file), with the union of all graphs as the
 * default graph that queries see. Writes go through {@link GraphWriter} in transactions, so a reader never sees,
 * and a crash never leaves, half an article.
 */
public final class NewsgraphStore implements AutoCloseable {

    private static final String BASE_FILE = "newsgraph-base.properties";
    private static final String LOCK_FILE = "tdb.lock";
    private static final Pattern STORAGE_AREA = Pattern.compile("(Data-)(\\d+)");

    private final Path location;
    /** Replaced only by {@link #compact()}, which moves the store to a new storage area. */
    private DatasetGraph dsg;

    private NewsgraphStore(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
    }

    /**
     * Opens the store in {@code folder}, creating it when it does not exist.
     *
     * @throws StoreInUseException when another process holds the store
     */
    public static NewsgraphStore open(Path folder) {
        Objects.requireNonNull(folder, "folder");
        // TDB2's own process lock on the folder, the one Jena takes to open it, asked first: so that a store in use
        // is refused with its reason, and so that no other process writes the journal while it is looked at.
        ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(folder.toString()));
        if (!lock.isLockedHere()) {
            if (!lock.tryLock())
                throw new StoreInUseException(folder, holder(folder));
            try {
                UnfinishedCommits.clear(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                // Released and forgotten, not merely unlocked: Jena's lock refuses to be taken twice.
                ProcessFileLock.release(lock);
            }
        }
        return new NewsgraphStore(folder, connect(folder));
    }

    private static DatasetGraph connect(Path folder) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** The process holding the store, as TDB2's lock file names it. */
    private static OptionalLong holder(Path folder) {
        try {
            String pid = Files.readString(folder.resolve(LOCK_FILE)).strip();
            return pid.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(pid)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    public Path location() { return location; }

    /**
     * Binds the store to the base URI its data is published under: recorded on first use, and checked on every
     * later one, so that data minted under one base is never mixed with, or served as, another's.
     *
     * @throws IllegalArgumentException when the store was made under another base
     */
    public void requireBase(String base) throws IOException {
        Optional<String> recorded = base();
        if (recorded.isPresent()) {
            if (!base.equals(recorded.get()))
                throw new IllegalArgumentException("the store " + location + " holds data published under "
                    + recorded.get() + ", not " + base + ": give --base " + recorded.get() + " or use another store");
            return;
        }
        Properties p = new Properties();
        p.setProperty("base", base);
        // Written beside and moved into place, so that a load killed meanwhile leaves no empty record behind.
        Path partial = location.resolve(BASE_FILE + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            p.store(out, "newsgraph: the base URI this store's data is published under");
        }
        Files.move(partial, location.resolve(BASE_FILE), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
    }

    /** The base URI the store's data is published under, once something was loaded into it. */
    public Optional<String> base() throws IOException {
        Path file = location.resolve(BASE_FILE);
        if (!Files.exists(file))
            return Optional.empty();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return Optional.ofNullable(p.getProperty("base"));
    }

    /** The dataset, for queries; the default graph is the union of the named graphs. */
    public DatasetGraph dataset() { return dsg; }

    /** True when no graph holds anything. */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** How many named graphs the store holds. */
    public long graphCount() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.listGraphNodes()));
    }

    /**
     * How many quads the store holds, named graphs and default graph together: the entries of one index of each
     * table, counted without reading a node, in seconds on the whole archive where reading every quad takes minutes.
     */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            return tdb.getQuadTable().getNodeTupleTable().getTupleTable().size()
                + tdb.getTripleTable().getNodeTupleTable().getTupleTable().size();
        });
    }

    /**
     * When the store's data was last written: the latest modification time of its files, leaving out the lock
     * file that every process opening the store rewrites and newsgraph's own record of the base.
     */
    public Instant lastModified() throws IOException {
        try (Stream<Path> files = Files.walk(location)) {
            Instant latest = Instant.EPOCH;
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!Files.isRegularFile(f) || name.equals(LOCK_FILE) || name.equals(BASE_FILE))
                    continue;
                Instant modified = Files.getLastModifiedTime(f).toInstant();
                if (modified.isAfter(latest))
                    latest = modified;
            }
            return latest;
        }
    }

    /** The archive path recorded for {@code subject} in {@code graph}, if the graph holds one. */
    Optional<String> identifierIn(Node graph, Node subject) {
        return Iter.asStream(dsg.find(graph, subject, SchemaOrg.identifier, Node.ANY))
            .map(Quad::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    /**
     * True when an article read from {@code archivePath} is stored with {@code sha256} as the digest of its file:
     * loading the file again would change nothing. Reads in its own transaction.
     */
    boolean holdsUnchanged(String archivePath, String sha256) {
        Node digest = NodeFactory.createLiteralString(sha256);
        Node path = NodeFactory.createLiteralString(archivePath);
        return Txn.calculateRead(dsg, () -> Iter.anyMatch(dsg.find(Node.ANY, Node.ANY, NG.sourceSha256, digest),
            q -> dsg.contains(q.getGraph(), q.getSubject(), SchemaOrg.identifier, path)));
    }

    /** True when no graph of the store is an article's: the store is empty, or holds authority data alone. */
    boolean holdsNoArticle(UriScheme uris) {
        return Txn.calculateRead(dsg, () -> !Iter.anyMatch(dsg.listGraphNodes(), uris::isArticleGraph));
    }

    /** The article graphs (under {@code uris}) that hold an article read from {@code archivePath}. */
    List<Node> articleGraphsOf(String archivePath, UriScheme uris) {
        return Iter.asStream(dsg.find(Node.ANY, Node.ANY, SchemaOrg.identifier, NodeFactory.createLiteralString(archivePath)))
            .map(Quad::getGraph).filter(uris::isArticleGraph).distinct().toList();
    }

    /**
     * Rewrites the store without the data that later writes replaced or deleted, which TDB2 keeps until then, with
     * its indexes packed full, and deletes the old copies. Takes the store for itself while it runs; the dataset
     * {@link #dataset()} gave before is closed.
     */
    public void compact() throws IOException {
        // TDB2's compaction copies the live data, node table included, but inserts it record by record, leaving
        // the indexes' blocks half full; the packed copy of that halves them.
        DatabaseMgr.compact(dsg, true);
        replaceStorage(PackedIndexes::copy);
    }

    /** Writes a new storage area for the store from its current one. */
    @FunctionalInterface
    interface StorageWriter {
        /**
         * @param current the store's storage area as it is, open, with no writer
         * @param area an empty folder for the new storage area, to be left closed
         */
        void write(DatasetGraphTDB current, Path area) throws IOException;
    }

    /**
     * Replaces the store's storage area with the one {@code writer} writes, and deletes the old one. The new area is
     * written in a folder named as TDB2 names an unfinished compaction ({@code Data-NNNN-tmp}), which TDB2 deletes
     * when it next opens the store, and moved into place only when complete: should the writer fail or the process
     * die, the store is as it was. The dataset {@link #dataset()} gave before is closed.
     */
    void replaceStorage(StorageWriter writer) throws IOException {
        DatasetGraphTDB current = TDBInternal.getDatasetGraphTDB(dsg);
        Path currentArea = Path.of(current.getLocation().getDirectoryPath());
        Path next = currentArea.resolveSibling(nextStorageName(currentArea.getFileName().toString()));
        Path partial = next.resolveSibling(next.getFileName() + "-tmp");
        if (Files.exists(next))
            throw new IOException(next + " already exists");
        if (Files.exists(partial))
            IO.deleteAll(partial);
        Files.createDirectory(partial);
        try {
            writer.write(current, partial);
        } catch (IOException | RuntimeException | Error e) {
            IO.deleteAll(partial);
            throw e;
        }
        Files.move(partial, next);
        // TDB2 opens the storage area with the highest number: closed and opened again, the store is the new one.
        TDBInternal.expel(dsg);
        dsg = connect(location);
        IO.deleteAll(currentArea);
    }

    /** {@code Data-0002} to {@code Data-0003}: TDB2's names of a store's storage areas, by generation. */
    static String nextStorageName(String name) {
        Matcher m = STORAGE_AREA.matcher(name);
        if (!m.matches())
            throw new IllegalStateException("not a TDB2 storage area: " + name);
        return m.group(1) + String.format("%04d", Integer.parseInt(m.group(2)) + 1);
    }

    /** The bytes the store's files take on disk. */
    public long sizeOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(location)) {
            long bytes = 0;
            for (Path f : (Iterable<Path>) files::iterator)
                if (Files.isRegularFile(f))
                    bytes += Files.size(f);
            return bytes;
        }
    }

    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }
}
