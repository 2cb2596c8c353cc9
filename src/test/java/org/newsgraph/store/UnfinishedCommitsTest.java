package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose journal ends in half an entry, as a process killed while committing leaves it (the load crash
 * trials meet it): it opens, as it was before that commit.
 */
class UnfinishedCommitsTest {

    private static final Quad QUAD = SSE.parseQuad("(<http://ex/g> <http://ex/s> <http://ex/p> 'o')");

    @TempDir
    Path dir;

    @Test
    void aStoreLeftInTheMiddleOfACommitOpensAsItWasBefore() throws Exception {
        Path store = dir.resolve("tdb2");
        try (NewsgraphStore s = NewsgraphStore.open(store)) {
            Txn.executeWrite(s.dataset(), () -> s.dataset().add(QUAD));
        }
        Path journalFile = tearJournal(store.resolve("Data-0001"));

        // Jena alone refuses such a store.
        assertThrows(TransactionException.class, () -> DatabaseMgr.connectDatasetGraph(copy(store).toString()));

        try (NewsgraphStore s = NewsgraphStore.open(store)) {
            assertEquals(1, s.quadCount());
            assertEquals(true, Txn.calculateRead(s.dataset(), () -> s.dataset().contains(QUAD)));
            Txn.executeWrite(s.dataset(), () -> s.dataset().add(SSE.parseQuad("(<http://ex/g> <http://ex/s> <http://ex/p> 'o2')")));
        }
        assertEquals(0, Files.size(journalFile), "the unfinished commit is cleared");
        try (NewsgraphStore s = NewsgraphStore.open(store)) {
            assertEquals(2, s.quadCount(), "and the store is written to as before");
        }
    }

    /** Writes a journal entry and cuts it short, as a process killed between its two writes leaves it. */
    private static Path tearJournal(Path data) throws Exception {
        Journal journal = Journal.create(Location.create(data.toString()));
        journal.write(JournalEntryType.REDO, ComponentId.allocLocal(), ByteBuffer.wrap(new byte[100]));
        journal.sync();
        journal.truncate(journal.size() - 40);
        journal.sync();
        journal.close();
        return data.resolve("journal.jrnl");
    }

    private Path copy(Path store) throws Exception {
        Path copy = dir.resolve("copy");
        try (var files = Files.walk(store)) {
            for (Path f : (Iterable<Path>) files::iterator)
                Files.copy(f, copy.resolve(store.relativize(f).toString()));
        }
        return copy;
    }
}
