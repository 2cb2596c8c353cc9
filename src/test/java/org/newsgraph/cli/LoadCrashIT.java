package org.newsgraph.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;

/**
 * Loads killed with SIGKILL, as a crash, a power cut or the out-of-memory killer would end them. Each trial runs
 * {@code load} on the bundled corpus in a JVM of its own and kills it at a point drawn from the seed: as the store's
 * files are created, inside the write transaction of the authority data, between two batches of articles, or
 * inside the commit of a batch, or in a first load in bulk, while it writes its new storage area or as it moves it
 * into place; the points are found by watching the load's progress lines and the writes to the
 * store's files, never by waiting for a time. Then the store must open, every graph it holds must be whole (the
 * same as in a clean load), and the same load run again must give exactly the clean store.
 *
 * <p>{@code -Dnewsgraph.crash.seed=N} replays a run, {@code -Dnewsgraph.crash.trials=N} sets how many trials;
 * each trial's kill point and outcome are printed and written to {@code target/load-crash-trials.md}.
 *
 * <p>The authority data is the bundled one without the gazetteer ({@link NewsgraphProcess#smallAuthority}).
 */
class LoadCrashIT {

    private static final long SEED = Long.getLong("newsgraph.crash.seed", 20261126L);
    private static final int TRIALS = Integer.getInteger("newsgraph.crash.trials", 10);
    private static final Pattern PROGRESS = Pattern.compile("(\\d+) of (\\d+) articles done");
    private static final String DATA = "Data-0001";
    /** The storage area a first load in bulk writes, and moves into place when complete. */
    private static final String BULK_DATA = "Data-0002";

    @TempDir
    static Path dir;

    private static Path authority;
    private static StoreContents clean;
    private static int articles;
    private static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void loadCleanStore() throws IOException {
        authority = NewsgraphProcess.smallAuthority(dir);
        Path store = dir.resolve("clean");
        assertEquals(0, NewsgraphProcess.runInThisJvm(load(store, 100, true)), "the clean load");
        clean = StoreContents.read(store);
        articles = TestCorpus.files().size();
        report.add("seed " + SEED + ", " + TRIALS + " trials, " + articles + " articles; clean store: "
            + clean.graphs().size() + " graphs, " + clean.tripleCount() + " triples");
        System.out.println("load crash trials: " + report.get(0) + " (replay with -Dnewsgraph.crash.seed=" + SEED + ")");
    }

    @AfterAll
    static void writeReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "load-crash-trials.md"), report);
    }

    /** Where a trial kills the load. */
    enum Kind {
        /** On the creation of the store's data folder, while TDB2 creates its files. */
        CREATING_STORE,
        /** On the n-th write to the store's files after the base is recorded: in the authority data's transaction. */
        IN_AUTHORITY,
        /** On the progress line of batch k: while the next batch is read and converted. */
        BETWEEN_BATCHES,
        /** On the n-th write to the store's files after batch k: in the next batch's commit. */
        IN_COMMIT,
        /** A first load in bulk, on the progress line of batch k: while the new storage area is written. */
        IN_BULK,
        /** A first load in bulk, as its new storage area is moved into place. */
        BULK_MOVED_IN;

        boolean bulk() { return this == IN_BULK || this == BULK_MOVED_IN; }
    }

    record KillPoint(Kind kind, int batchSize, int afterBatch, int write) {

        static KillPoint draw(Random random, int trial, int articles) {
            Kind[] kinds = Kind.values();
            // Each kind once in the first trials, then commits, gaps between batches and bulk writes, where loads
            // spend their time.
            Kind[] busy = {Kind.IN_COMMIT, Kind.BETWEEN_BATCHES, Kind.IN_BULK};
            Kind kind = trial < kinds.length ? kinds[trial] : busy[random.nextInt(busy.length)];
            int batchSize = 1 + random.nextInt(4);
            int batches = (articles + batchSize - 1) / batchSize;
            // Not the last batch: the kill is to come while the load still has work to do.
            int afterBatch = 1 + random.nextInt(batches - 2);
            int write = 1 + random.nextInt(20);
            return new KillPoint(kind, batchSize, afterBatch, write);
        }

        @Override
        public String toString() {
            String where = switch (kind) {
                case CREATING_STORE -> "as the store's files are created";
                case IN_AUTHORITY -> "at write " + write + " to the store's files in the authority data's transaction";
                case BETWEEN_BATCHES -> "after batch " + afterBatch + ", while the next is converted";
                case IN_COMMIT -> "at write " + write + " to the store's files after batch " + afterBatch;
                case IN_BULK -> "in a first load in bulk, after batch " + afterBatch;
                case BULK_MOVED_IN -> "as a first load in bulk moves its storage area into place";
            };
            return "batch size " + batchSize + ", kill " + where;
        }
    }

    @TestFactory
    Stream<DynamicTest> killedLoadsLeaveWholeArticlesAndReloadingGivesTheCleanStore() {
        Random random = new Random(SEED);
        List<KillPoint> points = new ArrayList<>();
        for (int i = 0; i < TRIALS; i++)
            points.add(KillPoint.draw(random, i, articles));
        return Stream.iterate(0, i -> i + 1).limit(TRIALS).map(i -> DynamicTest.dynamicTest(
            "trial " + (i + 1) + ": " + points.get(i), () -> trial(i + 1, points.get(i))));
    }

    private void trial(int number, KillPoint point) throws Exception {
        Path store = Files.createDirectories(dir.resolve("trial-" + number));
        long start = System.nanoTime();
        Killed killed = killLoad(store, point);
        double ran = (System.nanoTime() - start) / 1e9;

        String context = "trial " + number + " (" + point + "), killed at " + killed.where();
        Path journal = store.resolve(DATA).resolve("journal.jrnl");
        long journalLeft = Files.exists(journal) ? Files.size(journal) : 0;
        StoreContents left = StoreContents.read(store);
        left.assertPartOf(clean, context);
        String graphs = TestCorpus.BASE + "graph/";
        List<String> articleGraphs = left.graphs().keySet().stream()
            .filter(g -> g.startsWith(graphs) && !g.startsWith(graphs + "authority/")).toList();
        List<String> authorityGraphs = left.namesStartingWith(graphs + "authority/");
        int authorityFiles = clean.namesStartingWith(graphs + "authority/").size();
        assertTrue(authorityGraphs.isEmpty() || authorityGraphs.size() == authorityFiles,
            context + ": the authority data, written in one transaction, is there whole or not at all: " + authorityGraphs);
        if (point.kind().bulk())
            assertTrue(articleGraphs.isEmpty() || articleGraphs.size() == articles,
                context + ": a first load in bulk is there whole or not at all: " + articleGraphs.size());

        long reloadStart = System.nanoTime();
        assertEquals(0, NewsgraphProcess.runInThisJvm(load(store, point)), context + ": the load run again");
        double reload = (System.nanoTime() - reloadStart) / 1e9;
        StoreContents.read(store).assertSameAs(clean, context + ", then loaded again");

        String line = String.format("trial %d: %s; killed %s (exit %d) after %.1f s, the journal left with %d bytes; "
                + "the store opened with %d of %d articles and %s, each graph whole; loaded again in %.1f s: the clean "
                + "store", number, point, killed.where(), killed.exit(), ran, journalLeft, articleGraphs.size(), articles,
            authorityGraphs.isEmpty() ? "no authority data" : "the authority data", reload);
        report.add(line);
        System.out.println(line);
    }

    private record Killed(String where, int exit) {}

    /** A line of the load's output, or a write to the store's files seen by the watch. */
    private record Signal(String line, Path file) {}

    /** Runs the load in a process of its own and kills it at {@code point}. */
    private static Killed killLoad(Path store, KillPoint point) throws Exception {
        BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            store.register(watch, ENTRY_CREATE, ENTRY_MODIFY);
            Thread watcher = new Thread(() -> forwardWrites(watch, signals), "watch of " + store);
            watcher.setDaemon(true);
            watcher.start();
            try (NewsgraphProcess load = NewsgraphProcess.start(line -> signals.add(new Signal(line, null)),
                    load(store, point))) {
                int batches = 0;
                int writes = 0;
                boolean baseRecorded = false;
                long deadline = System.nanoTime() + NewsgraphProcess.HANG.toNanos();
                while (true) {
                    Signal s = signals.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (s == null)
                        throw new AssertionError("the kill point was not reached in " + NewsgraphProcess.HANG
                            + "; output:\n" + load.output());
                    String where = null;
                    if (s.line() != null) {
                        Matcher m = PROGRESS.matcher(s.line());
                        if (m.find()) {
                            batches++;
                            writes = 0;
                            if ((point.kind() == Kind.BETWEEN_BATCHES || point.kind() == Kind.IN_BULK)
                                    && batches == point.afterBatch())
                                where = "on the progress line '" + m.group() + "'";
                            // Fewer writes seen than drawn: the next progress line is the last chance.
                            if (point.kind() == Kind.IN_COMMIT && batches == point.afterBatch() + 1
                                    || point.kind() == Kind.IN_AUTHORITY && batches == 1)
                                where = "on the progress line '" + m.group() + "' (the watch saw fewer writes)";
                        } else if (s.line().startsWith("loaded ")) {
                            throw new AssertionError("the load ended before its kill point: " + load.output());
                        }
                    } else {
                        Path name = store.relativize(s.file());
                        if (name.toString().equals(DATA) && point.kind() == Kind.CREATING_STORE)
                            where = "on the creation of " + name;
                        else if (name.toString().equals(BULK_DATA) && point.kind() == Kind.BULK_MOVED_IN)
                            where = "on the move of " + name + " into place";
                        else if (name.getFileName().toString().equals("newsgraph-base.properties"))
                            baseRecorded = true;
                        else if (name.startsWith(DATA) && baseRecorded) {
                            // Counted from the base record (the store is created) or from the last progress line.
                            writes++;
                            boolean armed = point.kind() == Kind.IN_AUTHORITY && batches == 0
                                || point.kind() == Kind.IN_COMMIT && batches == point.afterBatch();
                            if (armed && writes == point.write())
                                where = "on write " + writes + " after batch " + batches + ", to " + name;
                        }
                    }
                    if (where != null)
                        return new Killed(where, load.kill());
                }
            }
        }
    }

    /** Passes each creation or modification of a file under the watched store to {@code signals}. */
    private static void forwardWrites(WatchService watch, BlockingQueue<Signal> signals) {
        try {
            while (true) {
                WatchKey key = watch.take();
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (!(event.context() instanceof Path name))
                        continue;   // an overflow: some writes were not seen
                    Path file = folder.resolve(name);
                    signals.add(new Signal(null, file));
                    if (event.kind() == ENTRY_CREATE && name.toString().equals(DATA))
                        file.register(watch, ENTRY_CREATE, ENTRY_MODIFY);
                }
                key.reset();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // The trial is over.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The load of a trial: in bulk for the bulk kinds, in transactions (the clean store's way) for the others. */
    private static String[] load(Path store, KillPoint point) {
        return load(store, point.batchSize(), !point.kind().bulk());
    }

    private static String[] load(Path store, int batchSize, boolean inTransactions) {
        List<String> args = new ArrayList<>(List.of("load", "--store", store.toString(), "--authority",
            authority.toString(), "--batch-size", Integer.toString(batchSize)));
        if (inTransactions)
            args.addAll(List.of("--first-load", "transactions"));
        args.add(TestCorpus.CORPUS.toString());
        return args.toArray(String[]::new);
    }
}
