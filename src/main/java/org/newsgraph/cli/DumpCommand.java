package org.newsgraph.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.newsgraph.rdf.Namespaces;
import org.newsgraph.store.DatasetDump;
import org.newsgraph.store.DumpFormat;
import org.newsgraph.store.NewsgraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dump", mixinStandardHelpOptions = true,
    description = "Writes the whole store. turtle and ntriples carry the union of all graphs; nquads, trig and "
        + "jsonld keep each article's named graph. Each is written holding at most one graph in memory.")
final class DumpCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/tdb2",
        description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
        description = "turtle, ntriples, nquads, trig or jsonld.")
    DumpFormat format;

    @Option(names = "--gzip", description = "Compress the output with gzip.")
    boolean gzip;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(store))
            throw new java.nio.file.NoSuchFileException(store.toString(), null, "no store here");
        try (NewsgraphStore s = NewsgraphStore.open(store)) {
            if (out == null)
                write(s, new NonClosing(System.out));
            else
                AtomicFile.write(out, stream -> write(s, stream));
            return 0;
        }
    }

    private void write(NewsgraphStore s, OutputStream target) throws java.io.IOException {
        try (OutputStream stream = gzip ? new GZIPOutputStream(target) : target) {
            long n = DatasetDump.write(s.dataset(), format, Namespaces.prefixes(), stream);
            spec.commandLine().getErr().printf("wrote %d %s in %s%n", n, format.isQuads() ? "quads" : "triples",
                format.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Standard output, flushed but left open when the dump's stream is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException { out.write(b, off, len); }

        @Override
        public void close() throws java.io.IOException { out.flush(); }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<DumpFormat> {
        @Override
        public DumpFormat convert(String value) {
            try {
                return DumpFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                    "unknown format '" + value + "': use turtle, ntriples, nquads, trig or jsonld");
            }
        }
    }
}
