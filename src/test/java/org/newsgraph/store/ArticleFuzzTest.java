package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.ArticleConverter.Converted;

/**
 * Mutates the bundled real articles ({@link ArticleMutator}) and converts every mutant: each must either convert,
 * with no control or bidi character in any literal, or be refused with an {@link ArticleFormatException} naming
 * its file and a line of it. Any other exception, or a conversion that does not end within {@link #PER_CASE}, is a
 * bug. Every {@value #SAMPLE_EVERY}th mutant is also loaded into a real TDB2 store, in batches, and every graph
 * there must be exactly the fresh conversion of its file's bytes, with no trace of the refused ones.
 *
 * <p>The run is seeded ({@code -Dnewsgraph.fuzz.seed=…}; the seed is reported and named in every failure) and
 * stops when its conversion threads have used their budget of CPU time between them ({@code
 * -Dnewsgraph.fuzz.seconds}, default 60) or after {@code -Dnewsgraph.fuzz.cases} mutants. CPU time, not wall time,
 * so that a busy machine runs the same mutants, only slower. It must get through at least {@link #FLOOR}. What it
 * did is written to {@code target/fuzz-report.md}.
 */
class ArticleFuzzTest {

    private static final long SEED = Long.getLong("newsgraph.fuzz.seed", 20_261_126L);
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("newsgraph.fuzz.seconds", 60));
    private static final int MAX_CASES = Integer.getInteger("newsgraph.fuzz.cases", 100_000);
    private static final int FLOOR = 2_000;
    private static final int THREADS = 2;
    /** A real article converts in well under a second of CPU; a mutant still at it after this long hangs. */
    private static final Duration PER_CASE = Duration.ofSeconds(30);
    private static final int SAMPLE_EVERY = 20;
    /** Sampled mutants per load: the loader's own transaction size, so that each batch is one commit. */
    private static final int LOAD_BATCH = 100;
    /** Heap in use after the run and a collection: the converter's data (HanLP, gazetteer) and little else. */
    private static final long HEAP_AFTER = 1_024L << 20;
    /** {@code file:line: reason}. */
    private static final Pattern MESSAGE = Pattern.compile("(?s)(.+):([1-9][0-9]*): (\\S.*)");
    /** Characters no literal may hold: C0 and C1 controls but tab and line feed, DEL, bidi controls, BOM, U+FFFE/F. */
    private static final Pattern UNSTORABLE =
        Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\uFFFE\\uFFFF]");

    private static ArticleConverter converter;
    private static ExecutorService executor;
    private static final List<Thread> workers = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        converter = TestCorpus.converter();
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "fuzz-conversion-" + workers.size());
            t.setDaemon(true);
            workers.add(t);
            return t;
        });
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    @Test
    void mutantsOfRealArticlesConvertOrAreRefusedAndNeverLeaveHalfAnArticle(TestReporter reporter) throws Exception {
        reporter.publishEntry("seed", Long.toString(SEED));
        List<Path> files = TestCorpus.files();
        List<byte[]> originals = new ArrayList<>();
        for (Path f : files)
            originals.add(Files.readAllBytes(f));
        Map<ArticleMutator.Kind, int[]> byKind = new EnumMap<>(ArticleMutator.Kind.class);   // {converted, refused}
        List<String> bugs = new ArrayList<>();
        Map<Path, Converted> sample = new LinkedHashMap<>();   // sampled file → its fresh conversion, null if refused
        Path in = Files.createDirectories(dir.resolve("mutants"));
        int cases = 0;
        int batches = 0;
        long started = System.nanoTime();
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            ArticleLoader loader = ArticleLoader.builder().store(store).converter(converter).build();
            boolean hung = false;
            while (!hung && cases < MAX_CASES && cpuOfWorkers() < BUDGET.toNanos()) {
                // A round of one mutant per thread, converted side by side.
                List<Mutant> round = new ArrayList<>();
                for (int t = 0; t < THREADS && cases < MAX_CASES; t++, cases++)
                    round.add(mutant(cases, files, originals));
                for (Mutant m : round)
                    m.future = executor.submit(() -> convert(m));
                for (Mutant m : round) {
                    Outcome outcome = outcome(m);
                    if (outcome.bug != null) {
                        bugs.add("case " + m.index + " (" + m.mutant.kind() + " of " + m.original + "): " + outcome.bug);
                        Files.write(Files.createDirectories(Path.of("target", "fuzz-failures")).resolve(m.name),
                            m.mutant.bytes());
                        hung |= outcome.hung;   // that thread is stuck: stop rather than wait on it again
                        continue;
                    }
                    byKind.computeIfAbsent(m.mutant.kind(), k -> new int[2])[outcome.converted != null ? 0 : 1]++;
                    if (m.index % SAMPLE_EVERY == 0) {
                        sample.put(Files.write(in.resolve(m.name), m.mutant.bytes()), outcome.converted);
                        if (sample.size() == LOAD_BATCH) {
                            bugs.addAll(loadAndCompare(loader, store, sample));
                            batches++;
                            sample.clear();
                        }
                    }
                }
            }
            if (!sample.isEmpty()) {
                bugs.addAll(loadAndCompare(loader, store, sample));
                batches++;
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = cpuOfWorkers() / 1e9;
        long heap = heapInUseAfterCollection();
        String report = report(cases, wall, cpu, batches, byKind, bugs, heap);
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("fuzz-report.md"), report);
        reporter.publishEntry("fuzz", report);
        assertEquals(List.of(), bugs, "seed " + SEED);
        assertTrue(cases >= Math.min(FLOOR, MAX_CASES), "only " + cases + " mutants (seed " + SEED + ")");
        assertTrue(heap < HEAP_AFTER, "heap in use after the run: " + (heap >> 20) + " MB");
    }

    /** One case: its mutant, from its own generator, under a name of its own that keeps the archive's layout. */
    private static final class Mutant {
        final int index;
        final String original;
        final String name;
        final String source;
        final ArticleMutator.Mutant mutant;
        Future<Converted> future;

        Mutant(int index, Path original, ArticleMutator.Mutant mutant) {
            this.index = index;
            this.original = original.getFileName().toString();
            this.name = this.original.replace(".md.txt", "_fuzz" + index + ".md.txt");
            this.source = "mutant-" + index + "/" + name;
            this.mutant = mutant;
        }
    }

    private static Mutant mutant(int index, List<Path> files, List<byte[]> originals) {
        // The seed and the case number mixed, so that neighbouring cases are unrelated and each can be rerun alone.
        Random random = new Random(new SplittableRandom(SEED + index * 0x9E3779B97F4A7C15L).nextLong());
        int which = random.nextInt(files.size());
        return new Mutant(index, files.get(which), ArticleMutator.mutate(originals.get(which), random));
    }

    /** Converts and maps a mutant, checking every literal it would store. */
    private static Converted convert(Mutant m) throws ArticleFormatException {
        Converted c = converter.read(m.source, m.name, m.mutant.bytes());
        converter.write(c, literalCheck());
        return c;
    }

    private static StreamRDF literalCheck() {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                Node o = q.getObject();
                if (o.isLiteral() && UNSTORABLE.matcher(o.getLiteralLexicalForm()).find())
                    throw new IllegalStateException("literal with a control character: " + q);
            }
        };
    }

    private record Outcome(Converted converted, String bug, boolean hung) {}

    private static Outcome outcome(Mutant m) throws InterruptedException {
        try {
            return new Outcome(m.future.get(PER_CASE.toMillis(), TimeUnit.MILLISECONDS), null, false);
        } catch (TimeoutException e) {
            m.future.cancel(true);
            return new Outcome(null, "no result after " + PER_CASE, true);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof ArticleFormatException refused))
                return new Outcome(null, stackTrace(e.getCause()), false);
            Matcher message = MESSAGE.matcher(refused.getMessage());
            if (!message.matches() || !message.group(1).equals(m.source) || !refused.source().equals(m.source))
                return new Outcome(null, "error does not name the file: " + refused.getMessage(), false);
            int lines = new String(m.mutant.bytes(), StandardCharsets.ISO_8859_1).split("\n", -1).length;
            if (refused.line() > lines)
                return new Outcome(null, "line " + refused.line() + " of a file of " + lines + " lines", false);
            return new Outcome(null, null, false);
        }
    }

    /**
     * Loads the sampled files in one call and checks the store: every accepted mutant's graph is exactly its fresh
     * conversion, and a refused one left no graph.
     */
    private static List<String> loadAndCompare(ArticleLoader loader, NewsgraphStore store, Map<Path, Converted> sample) {
        long graphsBefore = store.graphCount();
        LoadReport report = loader.load(List.copyOf(sample.keySet()));
        List<String> bugs = new ArrayList<>();
        long accepted = sample.values().stream().filter(c -> c != null).count();
        if (report.loaded() != accepted || store.graphCount() != graphsBefore + accepted)
            bugs.add("a batch whose fresh conversions accept " + accepted + " loaded " + report.loaded() + " and added "
                + (store.graphCount() - graphsBefore) + " graphs: " + report.failures());
        for (Map.Entry<Path, Converted> e : sample.entrySet()) {
            Converted c = e.getValue();
            if (c == null)
                continue;
            DatasetGraph fresh = DatasetGraphFactory.create();
            try {
                converter.write(c, StreamRDFLib.dataset(fresh));
            } catch (ArticleFormatException ex) {
                bugs.add(e.getKey() + ": refused on a second mapping: " + ex.getMessage());
                continue;
            }
            Node g = c.graph();
            Graph stored = Txn.calculateRead(store.dataset(), () -> CanonicalLiterals.canonical(store.dataset().getGraph(g)));
            if (!IsoMatcher.isomorphic(CanonicalLiterals.canonical(fresh.getGraph(g)), stored))
                bugs.add(e.getKey() + ": the stored graph differs from the fresh conversion of the same bytes");
        }
        return bugs;
    }

    private static long cpuOfWorkers() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return workers.stream().mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
    }

    private static long heapInUseAfterCollection() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String report(int cases, double wall, double cpu, int batches, Map<ArticleMutator.Kind, int[]> byKind,
                                 List<String> bugs, long heap) {
        StringBuilder b = new StringBuilder(String.format("seed %d: %d mutants, %.1f s of conversion CPU time on %d "
            + "threads, %.1f s wall; %d batches of sampled mutants loaded into TDB2; heap after %d MB%n%n",
            SEED, cases, cpu, THREADS, wall, batches, heap >> 20));
        b.append("| kind | converted | refused |\n| --- | --- | --- |\n");
        byKind.forEach((k, c) -> b.append("| ").append(k).append(" | ").append(c[0]).append(" | ").append(c[1]).append(" |\n"));
        b.append("\nbugs: ").append(bugs.size()).append('\n');
        bugs.stream().limit(20).forEach(x -> b.append("- ").append(x).append('\n'));
        return b.toString();
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString().lines().limit(12).reduce((x, y) -> x + "\n" + y).orElse("");
    }
}
