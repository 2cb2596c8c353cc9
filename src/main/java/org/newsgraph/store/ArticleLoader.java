package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.ArticleConverter.Converted;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads article files into the store, a batch of articles per write transaction. Each article replaces its own
 * named graph, so loading a file again changes nothing. A file that cannot be read, parsed or mapped is reported
 * and leaves nothing in the store; the other files are still loaded. Two files whose articles would share a URI
 * are refused rather than one silently replacing the other.
 */
public final class ArticleLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleLoader.class);

    private final NewsgraphStore store;
    private final ArticleConverter converter;
    private final int batchSize;
    private final ProgressListener progress;

    private ArticleLoader(Builder b) {
        this.store = b.store;
        this.converter = b.converter;
        this.batchSize = b.batchSize;
        this.progress = b.progress;
    }

    public static Builder builder() { return new Builder(); }

    /** Replaces the authority graphs of the store with {@code authority}'s, one graph per file. */
    public long loadAuthority(AuthorityData authority) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateWrite(dsg, () -> {
            long n = 0;
            for (Map.Entry<String, Graph> e : authority.graphs().entrySet()) {
                Node g = converter.uris().authorityGraph(e.getKey());
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                for (var t : e.getValue().find().toList()) {
                    dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                    n++;
                }
            }
            return n;
        });
    }

    /** Loads the files, in order. */
    public LoadReport load(List<Path> files) {
        List<LoadReport.Failure> failures = new ArrayList<>();
        UriClaims claims = new UriClaims();
        int loaded = 0;
        long quads = 0;
        for (int from = 0; from < files.size(); from += batchSize) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + batchSize));
            List<Converted> ready = new ArrayList<>();
            for (Path file : batch) {
                try {
                    Converted c = converter.read(file);
                    claims.claim(c);
                    ready.add(c);
                } catch (ArticleFormatException e) {
                    failures.add(new LoadReport.Failure(e.source(), e.getMessage()));
                } catch (IOException e) {
                    failures.add(new LoadReport.Failure(file.toString(), file + ": cannot read: " + e));
                }
            }
            BatchResult r = writeBatch(ready);
            loaded += r.loaded;
            quads += r.quads;
            failures.addAll(r.failures);
            progress.progress(Math.min(files.size(), from + batchSize), files.size());
        }
        LOG.debug("loaded {} articles, {} failed, {} quads", loaded, failures.size(), quads);
        return new LoadReport(loaded, failures, quads);
    }

    private record BatchResult(int loaded, long quads, List<LoadReport.Failure> failures) {}

    /**
     * Writes a batch in one transaction. Should the transaction fail, it is rolled back whole and the articles are
     * written one per transaction, so that one bad article cannot keep the others out.
     */
    private BatchResult writeBatch(List<Converted> batch) {
        if (batch.isEmpty())
            return new BatchResult(0, 0, List.of());
        try {
            List<LoadReport.Failure> refused = new ArrayList<>();
            long quads = Txn.calculateWrite(store.dataset(), () -> {
                long n = 0;
                for (Converted c : batch)
                    n += writeOne(c, refused);
                return n;
            });
            return new BatchResult(batch.size() - refused.size(), quads, refused);
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                String source = batch.get(0).annotated().article().source();
                String message = e instanceof ArticleRefused r ? r.getMessage() : source + ": not stored: " + e;
                return new BatchResult(0, 0, List.of(new LoadReport.Failure(source, message)));
            }
            LOG.warn("batch of {} rolled back ({}); writing its articles one at a time", batch.size(), e.toString());
            int loaded = 0;
            long quads = 0;
            List<LoadReport.Failure> failures = new ArrayList<>();
            for (Converted c : batch) {
                BatchResult r = writeBatch(List.of(c));
                loaded += r.loaded;
                quads += r.quads;
                failures.addAll(r.failures);
            }
            return new BatchResult(loaded, quads, failures);
        }
    }

    /** Replaces one article's graph, inside the caller's write transaction; returns the quads written. */
    private long writeOne(Converted c, List<LoadReport.Failure> refused) {
        DatasetGraph dsg = store.dataset();
        String source = c.annotated().article().source();
        String stored = store.identifierIn(c.graph(), c.original()).orElse(null);
        if (stored != null && !stored.equals(c.archivePath())) {
            refused.add(new LoadReport.Failure(source, source + ":1: same URI " + c.original().getURI()
                + " as the stored article from " + stored));
            return 0;
        }
        dsg.deleteAny(c.graph(), Node.ANY, Node.ANY, Node.ANY);
        AtomicLong count = new AtomicLong();
        StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
            @Override
            public void quad(Quad quad) {
                count.incrementAndGet();
                super.quad(quad);
            }
        };
        try {
            converter.write(c, sink);
        } catch (ArticleFormatException e) {
            // The graph is already cleared: abort the transaction so that the stored version survives.
            throw new ArticleRefused(e);
        }
        return count.get();
    }

    /** Carries a mapping refusal out of a transaction, so that the transaction is rolled back. */
    private static final class ArticleRefused extends RuntimeException {
        ArticleRefused(ArticleFormatException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Sets what a loader writes to and how. */
    public static final class Builder {
        private NewsgraphStore store;
        private ArticleConverter converter;
        private int batchSize = 100;
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
