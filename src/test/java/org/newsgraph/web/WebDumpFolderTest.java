package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Properties;
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

/** The dump folder is written once for a state of the store, and again when the store changes. */
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
            first = DumpFolder.prepare(store, folder, Namespaces.prefixes(), VALIDATION);
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

        DumpFolder reopened;
        try (NewsgraphStore store = NewsgraphStore.open(tdb)) {
            reopened = DumpFolder.prepare(store, folder, Namespaces.prefixes(), VALIDATION);
        }
        assertEquals(first.dumps(), reopened.dumps(), "opening and reading the store changes nothing");

        DumpFolder changed;
        try (NewsgraphStore store = NewsgraphStore.open(tdb)) {
            load(store, "1958-12-01_运矿石");
            changed = DumpFolder.prepare(store, folder, Namespaces.prefixes(), VALIDATION);
        }
        for (int i = 0; i < first.dumps().size(); i++) {
            Dump before = first.dumps().get(i), after = changed.dumps().get(i);
            assertTrue(after.statements() > before.statements(), after.fileName());
            assertNotEquals(before.sha256(), after.sha256(), after.fileName());
            assertTrue(after.generated().isAfter(before.generated()), after.fileName());
        }

        Files.delete(folder.resolve("newsgraph.nt.gz"));
        try (NewsgraphStore store = NewsgraphStore.open(tdb)) {
            DumpFolder restored = DumpFolder.prepare(store, folder, Namespaces.prefixes(), VALIDATION);
            assertTrue(Files.exists(folder.resolve("newsgraph.nt.gz")), "a missing dump is written again");
            assertEquals(changed.dumps().get(1).statements(), restored.dumps().get(1).statements());
        }
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
