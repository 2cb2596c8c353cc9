package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;

/**
 * Two processes on one store. TDB2 lets one process at a time open a store folder; the second, a load while the
 * site is served or while another load runs, or a serve while a load runs, is refused at once with exit code 1
 * and a message that names the folder, the process holding it and what to do. The store is left as it was.
 */
class StoreLockIT {

    @TempDir
    Path dir;

    @Test
    void aLoadIsRefusedWhileTheStoreIsServed() throws Exception {
        Path store = dir.resolve("tdb2");
        String authority = NewsgraphProcess.smallAuthority(dir).toString();
        assertEquals(0, NewsgraphProcess.runInThisJvm("load", "--store", store.toString(), "--authority", authority,
            TestCorpus.REFERENCE.toString()));
        StoreContents before = StoreContents.read(store);
        try (NewsgraphProcess serve = NewsgraphProcess.start("serve", "--store", store.toString(), "--authority",
                authority, "--port", "0", "--dumps", dir.resolve("dumps").toString())) {
            serve.awaitLine(line -> line.startsWith("serving "));
            Refusal refused = refusedWhileHeld(serve, "load", "--store", store.toString(), "--authority", authority,
                TestCorpus.file("1958-09-01_到炉前去").toString());
            System.out.println("load while served: refused after " + refused.millis() + " ms");
        }
        StoreContents.read(store).assertSameAs(before, "after the refused load");
    }

    @Test
    void aSecondLoadAndAServeAreRefusedWhileALoadRuns() throws Exception {
        Path store = dir.resolve("tdb2");
        String authority = NewsgraphProcess.smallAuthority(dir).toString();
        List<String> files = TestCorpus.files().subList(0, 6).stream().map(Path::toString).toList();
        List<String> load = new ArrayList<>(List.of("load", "--store", store.toString(), "--authority", authority,
            "--batch-size", "1"));
        load.addAll(files);
        try (NewsgraphProcess first = NewsgraphProcess.start(load.toArray(String[]::new))) {
            // Written a batch: it holds the store. Frozen there, it holds it for as long as the test needs.
            first.awaitLine(line -> line.contains(" articles done"));
            first.signal("STOP");
            try {
                Refusal second = refusedWhileHeld(first, "load", "--store", store.toString(),
                    TestCorpus.REFERENCE.toString());
                Refusal serve = refusedWhileHeld(first, "serve", "--store", store.toString(), "--port", "0",
                    "--dumps", dir.resolve("dumps").toString());
                System.out.println("second load: refused after " + second.millis() + " ms; serve: refused after "
                    + serve.millis() + " ms");
            } finally {
                first.signal("CONT");
            }
            assertEquals(0, first.exitCode(), first.output());
            assertTrue(first.output().contains("loaded 6 articles, 0 failed"), first.output());
        }
        Path clean = dir.resolve("clean");
        List<String> cleanLoad = new ArrayList<>(List.of("load", "--store", clean.toString(), "--authority", authority));
        cleanLoad.addAll(files);
        assertEquals(0, NewsgraphProcess.runInThisJvm(cleanLoad.toArray(String[]::new)));
        StoreContents.read(store).assertSameAs(StoreContents.read(clean), "the first load's store");
    }

    private record Refusal(long millis) {}

    /** Runs {@code args} in a process of its own while {@code holder} holds the store, and checks the refusal. */
    private static Refusal refusedWhileHeld(NewsgraphProcess holder, String... args) throws Exception {
        long start = System.nanoTime();
        try (NewsgraphProcess refused = NewsgraphProcess.start(args)) {
            int exit = refused.exitCode();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(1, exit, refused.output());
            String store = args[List.of(args).indexOf("--store") + 1];
            assertTrue(refused.output().contains("newsgraph: the store " + store + " is in use by another process "
                + "(process " + holder.pid() + "): a store is opened by one process at a time; stop that process "
                + "(a serve or a load) first"), refused.output());
            return new Refusal(millis);
        }
    }
}
