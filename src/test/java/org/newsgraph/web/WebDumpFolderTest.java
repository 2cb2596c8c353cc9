package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.ArticleShapes;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.store.ArticleLoader;
import org.newsgraph.store.NewsgraphStore;

/**
 * The dump folder is written once for a state of the store, file by file, and again when the store changes; it
 * offers only what was made from the store's present state.
 */
class WebDumpFolderTest {

    private static final StoreValidation VALIDATION = validation();

    @TempDir
    Path dir;

    @Test
    void dumpsAreWrittenAgainOnlyWhenTheStoreChanged() throws Exception {
        Path tdb = dir.resolve("tdb2");
        Path folder = dir.resolve("dumps");
        DumpFolder first;
        try (NewsgraphStore store = NewsgraphStore.open(tdb)) {
            load(store, "1958-12-01_食堂好");
            first = prepared(store, folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> expected = new HashSet<>(DumpFolder.FILES.keySet());
            expected.add(DumpFolder.VALIDATION_REPORT);
            assertEquals(expected, files.map(f -> f.getFileName().toString())
                .filter(n -> !n.equals(DumpFolder.SIDECAR)).collect(Collectors.toSet()),
                "the four dumps and the validation report beside the sidecar, nothing left over");
        }
        Properties sidecar = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(DumpFolder.SIDECAR))) {
            sidecar.load(in);
        }
        assertTrue(Long.parseLong(sidecar.getProperty("store.quads")) > 0);
        assertEquals(first.statistics().orElseThrow().triples(), Long.parseLong(sidecar.getProperty("statistics.triples")));

        DumpFolder reopened;
        try (NewsgraphStore store = NewsgraphStore.open(tdb)) {
            reopened = prepared(store, folder);
        }
        assertEquals(first.dumps(), reopened.dumps(), "opening and reading the store changes nothing");
        assertEquals(first.statistics(), reopened.statistics());

        DumpFolder changed;
        try (NewsgraphStore store = NewsgraphStore.open(tdb)) {
            load(store, "1958-12-01_运矿石");
            changed = DumpFolder.open(store, folder, Namespaces.prefixes(), VALIDATION);
            assertTrue(changed.files().isEmpty(), "files of the store's former state are not offered");
            changed.prepare(() -> {});
        }
        assertTrue(changed.statistics().orElseThrow().triples() > first.statistics().orElseThrow().triples());
        for (int i = 0; i < first.dumps().size(); i++) {
            Dump before = first.dumps().get(i), after = changed.dumps().get(i);
            assertTrue(after.statements() > before.statements(), after.fileName());
            assertNotEquals(before.sha256(), after.sha256(), after.fileName());
            assertTrue(after.generated().isAfter(before.generated()), after.fileName());
        }

        Files.delete(folder.resolve("newsgraph.nt.gz"));
        try (NewsgraphStore store = NewsgraphStore.open(tdb)) {
            DumpFolder restored = prepared(store, folder);
            assertTrue(Files.exists(folder.resolve("newsgraph.nt.gz")), "a missing dump is written again");
            for (Dump d : restored.files()) {
                Dump before = changed.file(d.fileName()).orElseThrow();
                if (d.fileName().equals("newsgraph.nt.gz"))
                    assertEquals(before.statements(), d.statements());
                else
                    assertEquals(before, d, "only the missing file is written again: " + d.fileName());
            }
        }
    }

    /** Each file is offered as soon as it is written, in the order listed, and the statistics before them all. */
    @Test
    void filesAreOfferedOneByOneAsTheyAreWritten() throws Exception {
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            load(store, "1958-12-01_食堂好");
            Files.createDirectories(dir.resolve("dumps"));
            Path leftover = Files.writeString(dir.resolve("dumps").resolve("newsgraph.nt.gz123.tmp"), "cut short");
            DumpFolder folder = DumpFolder.open(store, dir.resolve("dumps"), Namespaces.prefixes(), VALIDATION);
            assertFalse(Files.exists(leftover), "what a write cut short left is deleted");
            assertFalse(folder.isPrepared());
            assertEquals(List.of("newsgraph.nq.gz", "newsgraph.ttl.gz", "newsgraph.nt.gz", "newsgraph.jsonld.gz",
                DumpFolder.VALIDATION_REPORT), folder.pending());
            List<String> seen = new ArrayList<>();
            folder.prepare(() -> seen.add(folder.statistics().isPresent() + " " + folder.files().size()
                + " " + folder.pending().size()));
            assertEquals(List.of("false 0 5", "true 0 5", "true 1 4", "true 2 3", "true 3 2", "true 4 1", "true 5 0"),
                seen);
            assertTrue(folder.isPrepared());
        }
    }

    private static DumpFolder prepared(NewsgraphStore store, Path folder) throws IOException {
        DumpFolder dumps = DumpFolder.open(store, folder, Namespaces.prefixes(), VALIDATION);
        dumps.prepare(() -> {});
        return dumps;
    }

    private static StoreValidation validation() {
        try {
            return new StoreValidation(ArticleShapes.loadBundled(), UriScheme.of(TestCorpus.BASE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(NewsgraphStore store, String article) {
        ArticleLoader.builder().store(store).converter(TestCorpus.converter()).build()
            .load(List.of(TestCorpus.file(article)));
    }
}
