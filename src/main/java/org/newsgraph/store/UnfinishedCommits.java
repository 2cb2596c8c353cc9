package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the journal of a commit that a killed process left half written. TDB2 writes a commit's entries to its
 * journal, then the COMMIT entry, and only then syncs and applies them; a process killed while writing them leaves
 * a journal that ends in a partial entry. That commit never happened, yet Jena's recovery stops on the partial
 * entry ("Failed to read the journal entry data") and the store cannot be opened. A journal that holds no COMMIT
 * entry and ends in a partial one is therefore emptied, which is what the recovery would have done with it. Any
 * other journal is left to Jena's recovery.
 */
final class UnfinishedCommits {

    private static final Logger LOG = LoggerFactory.getLogger(UnfinishedCommits.class);
    private static final String JOURNAL = "journal.jrnl";

    private UnfinishedCommits() {}

    /** Clears the unfinished commits of every data folder of the store; the caller holds the store's lock. */
    static void clear(Path store) throws IOException {
        if (!Files.isDirectory(store))
            return;
        try (DirectoryStream<Path> data = Files.newDirectoryStream(store, "Data-*")) {
            for (Path folder : data)
                if (Files.isRegularFile(folder.resolve(JOURNAL)) && Files.size(folder.resolve(JOURNAL)) > 0)
                    clearJournal(folder);
        }
    }

    private static void clearJournal(Path folder) {
        Journal journal = Journal.create(Location.create(folder.toString()));
        try {
            boolean committed = false;
            try {
                for (Iterator<JournalEntry> entries = journal.entries(); entries.hasNext(); )
                    committed |= entries.next().getType() == JournalEntryType.COMMIT;
            } catch (TransactionException partial) {
                if (committed)
                    return;
                LOG.warn("{}: a commit left unfinished by a process that ended while writing it ({} bytes, {}); "
                    + "cleared, so the store opens as it was before that commit",
                    folder.resolve(JOURNAL), journal.size(), partial.getMessage());
                journal.reset();
            }
        } finally {
            journal.close();
        }
    }
}
