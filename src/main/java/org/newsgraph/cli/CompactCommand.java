package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newsgraph.store.NewsgraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "compact", mixinStandardHelpOptions = true,
    description = "Rewrites the TDB2 store without the data that reloads replaced, which TDB2 keeps until then, "
        + "and deletes the old copy. No other process may use the store meanwhile.")
final class CompactCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/tdb2",
        description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(store))
            throw new NoSuchFileException(store.toString(), null, "no store here");
        try (NewsgraphStore s = NewsgraphStore.open(store)) {
            compact(s, spec.commandLine().getOut());
            return 0;
        }
    }

    /** Compacts {@code store}, and says on {@code out} how much smaller it became. */
    static void compact(NewsgraphStore store, PrintWriter out) throws IOException {
        long before = store.sizeOnDisk();
        store.compact();
        long after = store.sizeOnDisk();
        out.printf("compacted %s from %,d to %,d bytes%n", store.location(), before, after);
        out.flush();
    }
}
