package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.commons.collections4.bloomfilter.EnhancedDoubleHasher;
import org.apache.commons.collections4.bloomfilter.Shape;
import org.apache.commons.collections4.bloomfilter.SimpleBloomFilter;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.ArticleConverter.Converted;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads article files into the store. Files are read, parsed, annotated and mapped on several threads, a bounded
 * number ahead of the writer; one writer takes the results in file order and writes a batch of articles per write
 * transaction, so the store is the same whatever the number of threads.
 *
 * <p>Each article replaces its own named graph, and no other, so loading a file again changes nothing. A file whose
 * bytes have the SHA-256 stored with its article ({@code ng:sourceSha256}) is skipped without being parsed. A file
 * that cannot be read, parsed or mapped is reported and leaves nothing in the store; the other files are still
 * loaded. Two files whose articles would share a URI are refused rather than one silently replacing the other; a
 * file whose article moved to another URI (a corrected date or page) takes its old graph with it.
 */
public final class ArticleLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleLoader.class);

    private final NewsgraphStore store;
    private final ArticleConverter converter;
    private final int batchSize;
    private final int threads;
    private final boolean skipUnchanged;
    private final FirstLoad firstLoad;
    private final ProgressListener progress;

    private ArticleLoader(Builder b) {
        this.store = b.store;
        this.converter = b.converter;
        this.batchSize = b.batchSize;
        this.threads = b.threads;
        this.skipUnchanged = b.skipUnchanged;
        this.firstLoad = b.firstLoad;
        this.progress = b.progress;
    }

    public static Builder builder() { return new Builder(); }

    /**
     * Replaces the authority graphs of the store with {@code authority}'s, one graph per file, leaving alone those
     * the store holds unchanged: rewriting them would only grow the store until it is compacted.
     *
     * @return the triples written
     */
    public long loadAuthority(AuthorityData authority) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateWrite(dsg, () -> {
            long n = 0;
            for (Map.Entry<String, Graph> e : authority.graphs().entrySet()) {
                Node g = converter.uris().authorityGraph(e.getKey());
                if (holds(dsg, g, e.getValue()))
                    continue;
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                for (var t : e.getValue().find().toList()) {
                    dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                    n++;
                }
            }
            return n;
        });
    }

    /** Whether graph {@code name} of the store holds exactly the triples of {@code graph}. */
    private static boolean holds(DatasetGraph dsg, Node name, Graph graph) {
        return Iter.count(dsg.find(name, Node.ANY, Node.ANY, Node.ANY)) == graph.size()
            && !graph.find().filterDrop(t -> dsg.contains(name, t.getSubject(), t.getPredicate(), t.getObject()))
                .hasNext();
    }

    /** Loads the files, in order. */
    public LoadReport load(List<Path> files) {
        return load(files.iterator(), files.size());
    }

    /**
     * Loads the files the iterator gives, in its order, taking them from it only as the load goes: no more than a
     * few batches of paths are held at a time.
     *
     * <p>Into a store that holds no article yet (a first load), the articles are written by one of Jena's bulk
     * loaders ({@link FirstLoad}) into a new storage area, which replaces the store's when complete (see
     * {@link NewsgraphStore#replaceStorage}): one transaction instead of one a batch, whose copies of the indexes'
     * blocks would grow the store several times over, and with its indexes packed, as {@link NewsgraphStore#compact}
     * packs them. Articles that may share a URI with one written before are
     * kept back and loaded after it, in transactions, which tell them apart.
     *
     * @param total how many files the iterator gives, for progress reports only
     */
    public LoadReport load(Iterator<Path> files, int total) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-convert");
            t.setDaemon(true);
            return t;
        });
        try {
            if (firstLoad == FirstLoad.TRANSACTIONS || !store.holdsNoArticle(converter.uris()))
                return load(files, total, workers, new TransactionWriter());
            BulkWriter bulk = new BulkWriter();
            LoadReport[] first = new LoadReport[1];
            store.replaceStorage((current, area) -> first[0] = bulk.load(current, area,
                writer -> load(files, total, workers, writer)));
            if (bulk.keptBack.isEmpty())
                return first[0];
            LOG.info("{} articles that may share a URI with another are loaded in transactions", bulk.keptBack.size());
            LoadReport after = load(bulk.keptBack.iterator(), bulk.keptBack.size(), workers, new TransactionWriter());
            return first[0].plus(after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workers.shutdownNow();
        }
    }

    /** Takes the converted articles in file order and writes them to the store. */
    private interface Writer {
        void write(Ready article, Tally tally);

        /** Called once, after the last article. */
        void finish(Tally tally);
    }

    private LoadReport load(Iterator<Path> files, int total, ExecutorService workers, Writer writer) {
        // Enough work queued that the workers keep busy while the writer writes a batch, and no more.
        int ahead = batchSize + 2 * threads;
        ArrayDeque<Future<Outcome>> pending = new ArrayDeque<>();
        Tally tally = new Tally();
        int done = 0;
        while (files.hasNext() || !pending.isEmpty()) {
            while (pending.size() < ahead && files.hasNext()) {
                Path file = files.next();
                pending.add(workers.submit(() -> convert(file)));
            }
            Outcome outcome = next(pending);
            if (outcome instanceof Ready r)
                writer.write(r, tally);
            else if (outcome instanceof Failed f)
                tally.failures.add(f.failure());
            else
                tally.skipped++;
            done++;
            boolean last = pending.isEmpty() && !files.hasNext();
            if (last)
                writer.finish(tally);
            if (done % batchSize == 0 || last)
                progress.progress(done, total);
        }
        LOG.debug("loaded {} articles, {} unchanged, {} failed, {} quads", tally.loaded, tally.skipped,
            tally.failures.size(), tally.quads);
        return new LoadReport(tally.loaded, tally.skipped, tally.failures, tally.quads);
    }

    /** Writes batches of articles, one write transaction each. */
    private final class TransactionWriter implements Writer {
        private List<Ready> batch = new ArrayList<>();

        @Override
        public void write(Ready article, Tally tally) {
            batch.add(article);
            if (batch.size() == batchSize)
                finish(tally);
        }

        @Override
        public void finish(Tally tally) {
            tally.add(writeBatch(batch));
            batch = new ArrayList<>();
        }
    }

    /**
     * Writes a first load into a new storage area through one of Jena's bulk loaders, which cannot be read while
     * they write. Whether an article's graph was written before is asked of a Bloom filter of the graphs written,
     * of a fixed size whatever the corpus: an article it may have seen is kept back (its file's path only) for the
     * transactions, which check the store itself; a false alarm costs only that.
     */
    private final class BulkWriter implements Writer {
        /** About a million graphs at one false alarm in a million; 3.6 MB, and more graphs only raise the rate. */
        private static final Shape SHAPE = Shape.fromNP(1_000_000, 1e-6);

        private final SimpleBloomFilter written = new SimpleBloomFilter(SHAPE);
        final List<Path> keptBack = new ArrayList<>();
        private StreamRDF sink;

        /**
         * Copies {@code current}'s graphs (authority data) and then the articles {@code load} gives into a store in a
         * folder of {@code area}, then copies that into {@code area} itself with its indexes packed: a bulk loader
         * leaves their blocks about half full, and so the first load needs no compaction.
         */
        LoadReport load(DatasetGraphTDB current, Path area, Function<Writer, LoadReport> load) throws IOException {
            Path unpacked = Files.createDirectory(area.resolve("unpacked"));
            Location location = Location.create(unpacked.toString());
            DatasetGraphTDB target = StoreConnection.connectCreate(location).getDatasetGraphTDB();
            LoadReport report;
            try {
                DataLoader bulk = firstLoad.loader(target);
                bulk.startBulk();
                try {
                    sink = bulk.stream();
                    Txn.executeRead(current, () -> current.find().forEachRemaining(sink::quad));
                    report = load.apply(this);
                    bulk.finishBulk();
                } catch (RuntimeException e) {
                    bulk.finishException(e);
                    throw e;
                }
                PackedIndexes.copy(target, area);
            } finally {
                StoreConnection.internalExpel(location, true);
            }
            IO.deleteAll(unpacked);
            return report;
        }

        @Override
        public void write(Ready article, Tally tally) {
            EnhancedDoubleHasher graph = new EnhancedDoubleHasher(sha256(article.graph().getURI()));
            if (written.contains(graph)) {
                keptBack.add(article.file());
                return;
            }
            written.merge(graph);
            article.quads().forEach(sink::quad);
            tally.loaded++;
            tally.quads += article.quads().size();
        }

        @Override
        public void finish(Tally tally) {}
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Outcome next(ArrayDeque<Future<Outcome>> pending) {
        try {
            return pending.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } catch (ExecutionException e) {
            // Not a fault of the file (those are outcomes): a fault of the program, passed on as it is.
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            if (e.getCause() instanceof Error err)
                throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** What became of one file on a worker thread. */
    private sealed interface Outcome permits Ready, Skipped, Failed {}

    /** An article converted whole, its quads ready to be written. */
    private record Ready(Path file, String source, String archivePath, Node graph, Node original, List<Quad> quads)
        implements Outcome {}

    /** A file stored before with the same bytes. */
    private record Skipped() implements Outcome {}

    private record Failed(LoadReport.Failure failure) implements Outcome {}

    /** Reads, and unless the store holds it unchanged, converts one file; runs on a worker thread. */
    private Outcome convert(Path file) {
        try {
            SourceFile source = SourceFile.read(file);
            if (skipUnchanged && store.holdsUnchanged(source.archivePath(), source.sha256()))
                return new Skipped();
            Converted c = converter.read(source);
            // The quads are collected here, so that a mapping refusal never reaches a write transaction.
            CollectorStreamQuads quads = new CollectorStreamQuads();
            converter.write(c, quads);
            return new Ready(file, c.annotated().article().source(), c.archivePath(), c.graph(), c.original(),
                quads.getCollected());
        } catch (ArticleFormatException e) {
            return new Failed(new LoadReport.Failure(e.source(), e.getMessage()));
        } catch (IOException e) {
            return new Failed(new LoadReport.Failure(file.toString(), file + ": cannot read: " + e));
        }
    }

    /** Counts of a load so far. */
    private static final class Tally {
        int loaded;
        int skipped;
        long quads;
        final List<LoadReport.Failure> failures = new ArrayList<>();

        void add(BatchResult r) {
            loaded += r.loaded;
            quads += r.quads;
            failures.addAll(r.failures);
        }
    }

    private record BatchResult(int loaded, long quads, List<LoadReport.Failure> failures) {}

    /**
     * Writes a batch in one transaction. Should the transaction fail, it is rolled back whole and the articles are
     * written one per transaction, so that one bad article cannot keep the others out.
     */
    private BatchResult writeBatch(List<Ready> batch) {
        if (batch.isEmpty())
            return new BatchResult(0, 0, List.of());
        List<LoadReport.Failure> sameUriInBatch = new ArrayList<>();
        List<Ready> accepted = acceptedInBatch(batch, sameUriInBatch);
        List<LoadReport.Failure> refused = new ArrayList<>(sameUriInBatch);
        try {
            long quads = Txn.calculateWrite(store.dataset(), () -> {
                long n = 0;
                for (Ready r : accepted)
                    n += writeOne(r, refused);
                return n;
            });
            return new BatchResult(batch.size() - refused.size(), quads, refused);
        } catch (RuntimeException e) {
            if (batch.size() == 1)
                return new BatchResult(0, 0, List.of(new LoadReport.Failure(batch.get(0).source(),
                    batch.get(0).source() + ": not stored: " + e)));
            LOG.warn("batch of {} rolled back ({}); writing its articles one at a time", batch.size(), e.toString());
            Tally tally = new Tally();
            tally.failures.addAll(sameUriInBatch);
            for (Ready r : accepted)
                tally.add(writeBatch(List.of(r)));
            return new BatchResult(tally.loaded, tally.quads, tally.failures);
        }
    }

    /**
     * The articles of a batch that no earlier article of the same batch has taken the URI of; the others are
     * refused. Earlier batches are in the store by now, where {@link #writeOne} finds them.
     */
    private static List<Ready> acceptedInBatch(List<Ready> batch, List<LoadReport.Failure> refused) {
        Map<Node, String> archivePathByGraph = new HashMap<>();
        List<Ready> accepted = new ArrayList<>(batch.size());
        for (Ready r : batch) {
            String other = archivePathByGraph.putIfAbsent(r.graph(), r.archivePath());
            if (other == null || other.equals(r.archivePath()))
                accepted.add(r);
            else
                refused.add(new LoadReport.Failure(r.source(), r.source() + ":1: same URI " + r.original().getURI()
                    + " as " + other + " in this run"));
        }
        return accepted;
    }

    /** Replaces one article's graph, inside the caller's write transaction; returns the quads written. */
    private long writeOne(Ready r, List<LoadReport.Failure> refused) {
        DatasetGraph dsg = store.dataset();
        String stored = store.identifierIn(r.graph(), r.original()).orElse(null);
        if (stored != null && !stored.equals(r.archivePath())) {
            refused.add(new LoadReport.Failure(r.source(), r.source() + ":1: same URI " + r.original().getURI()
                + " as the stored article from " + stored));
            return 0;
        }
        // The file's article may have had another URI before (its date or page corrected): that graph goes too.
        for (Node old : store.articleGraphsOf(r.archivePath(), converter.uris()))
            dsg.deleteAny(old, Node.ANY, Node.ANY, Node.ANY);
        dsg.deleteAny(r.graph(), Node.ANY, Node.ANY, Node.ANY);
        StreamRDF sink = StreamRDFLib.dataset(dsg);
        r.quads().forEach(sink::quad);
        return r.quads().size();
    }

    /** Sets what a loader writes to and how. */
    public static final class Builder {
        private NewsgraphStore store;
        private ArticleConverter converter;
        private int batchSize = 100;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean skipUnchanged = true;
        private FirstLoad firstLoad = FirstLoad.SEQUENTIAL;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {}

        public Builder store(NewsgraphStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder converter(ArticleConverter converter) {
            this.converter = Objects.requireNonNull(converter, "converter");
            return this;
        }

        /** Articles per write transaction (default 100). */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1)
                throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
            this.batchSize = batchSize;
            return this;
        }

        /** Threads that read and convert files (default: one per processor); the writer is one more. */
        public Builder threads(int threads) {
            if (threads < 1)
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            this.threads = threads;
            return this;
        }

        /**
         * Whether a file whose bytes are stored unchanged is skipped (default true). Off, every file is converted
         * again: for a store loaded by an older newsgraph, or with other authority data, whose graphs the same
         * bytes would no longer give.
         */
        public Builder skipUnchanged(boolean skipUnchanged) {
            this.skipUnchanged = skipUnchanged;
            return this;
        }

        /** How a load into a store without articles writes them (default {@link FirstLoad#SEQUENTIAL}). */
        public Builder firstLoad(FirstLoad firstLoad) {
            this.firstLoad = Objects.requireNonNull(firstLoad, "firstLoad");
            return this;
        }

        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public ArticleLoader build() {
            if (store == null)
                throw new IllegalStateException("no store set");
            if (converter == null)
                throw new IllegalStateException("no converter set");
            return new ArticleLoader(this);
        }
    }
}
