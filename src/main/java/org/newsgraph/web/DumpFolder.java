package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.store.DatasetDump;
import org.newsgraph.store.DumpFormat;
import org.newsgraph.store.NewsgraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of gzipped dumps the site serves: Turtle and N-Triples of the union graph, N-Quads and JSON-LD of every
 * named graph, written with {@link DatasetDump}; and beside them the SHACL validation report of the published data
 * ({@value #VALIDATION_REPORT}, Turtle, not gzipped). A sidecar file, {@value #SIDECAR}, records the state of the
 * store they were made from (its quad count and last-modified time), the {@link DatasetStatistics} counted for that
 * state, and for each file its statements, SHA-256 and date.
 *
 * <p>{@link #prepare(Runnable)} counts and writes what the sidecar does not record for the store's present state,
 * one file at a time, recording each as it is written: on the whole archive this takes an hour, and a server cut
 * short resumes where it stopped. Until then the folder offers only what is written: a file made from another state
 * of the store is never offered, even while it is still on disk.
 */
public final class DumpFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DumpFolder.class);

    static final String SIDECAR = "dumps.properties";
    static final String VALIDATION_REPORT = "validation-report.ttl";
    private static final String STORE_QUADS = "store.quads";
    private static final String STORE_MODIFIED = "store.modified";
    private static final String TEMPORARY = ".tmp";

    /** The dumps, by file name, in the order they are listed. */
    static final Map<String, DumpFormat> FILES = dumpFormats();
    /** The dumps, then the validation report. */
    private static final Map<String, DumpFormat> ALL_FILES = allFiles();

    private final NewsgraphStore store;
    private final Path folder;
    private final PrefixMapping prefixes;
    private final StoreValidation validation;
    /** What is ready to be offered; replaced whole, so that readers see one state. */
    private volatile Ready ready = new Ready(Optional.empty(), Map.of());
    /** True when the last {@link #prepare(Runnable)} stopped on an error before everything was written. */
    private volatile boolean failed;

    /** The statistics and the files made from the store's present state, by file name. */
    private record Ready(Optional<DatasetStatistics> statistics, Map<String, Dump> files) {}

    private DumpFolder(NewsgraphStore store, Path folder, PrefixMapping prefixes, StoreValidation validation) {
        this.store = store;
        this.folder = folder;
        this.prefixes = prefixes;
        this.validation = validation;
    }

    private static Map<String, DumpFormat> dumpFormats() {
        Map<String, DumpFormat> m = new LinkedHashMap<>();
        m.put("newsgraph.nq.gz", DumpFormat.NQUADS);
        m.put("newsgraph.ttl.gz", DumpFormat.TURTLE);
        m.put("newsgraph.nt.gz", DumpFormat.NTRIPLES);
        m.put("newsgraph.jsonld.gz", DumpFormat.JSONLD);
        return m;
    }

    /** What one file of the folder holds and how it is written to a stream. */
    @FunctionalInterface
    private interface Content {
        /** Writes the content to {@code out} and returns the statements written. */
        long writeTo(OutputStream out) throws IOException;
    }

    /**
     * The folder of the dumps of {@code store} and the report of its {@code validation} (created when missing),
     * offering nothing until {@link #prepare(Runnable)}. Deletes what a write cut short left; fails when the folder
     * cannot be written to.
     */
    public static DumpFolder open(NewsgraphStore store, Path folder, PrefixMapping prefixes,
                                  StoreValidation validation) throws IOException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(prefixes, "prefixes");
        Objects.requireNonNull(validation, "validation");
        Files.createDirectories(folder);
        // A folder it cannot write to fails here, when serve starts, not when the first dump is done.
        Files.delete(Files.createTempFile(folder, SIDECAR, TEMPORARY));
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, "*" + TEMPORARY)) {
            for (Path leftover : leftovers) {
                LOG.info("deleting {}, left by a write cut short", leftover);
                Files.delete(leftover);
            }
        }
        return new DumpFolder(store, folder, prefixes, validation);
    }

    /**
     * Offers what the sidecar records for the store's present state, then counts the statistics and writes the
     * files it does not, recording and offering each as soon as it is written, and calling {@code onChange} each
     * time something new is offered. Reads the whole store.
     */
    public synchronized void prepare(Runnable onChange) throws IOException {
        failed = false;
        try {
            writeMissing(onChange);
        } catch (IOException | RuntimeException e) {
            failed = true;
            onChange.run();
            throw e;
        }
    }

    private void writeMissing(Runnable onChange) throws IOException {
        Properties record = new Properties();
        record.setProperty(STORE_QUADS, Long.toString(store.quadCount()));
        record.setProperty(STORE_MODIFIED, store.lastModified().toString());
        Properties recorded = readSidecar();
        Map<String, Dump> files = new LinkedHashMap<>();
        Optional<DatasetStatistics> statistics = Optional.empty();
        if (record.getProperty(STORE_QUADS).equals(recorded.getProperty(STORE_QUADS))
                && record.getProperty(STORE_MODIFIED).equals(recorded.getProperty(STORE_MODIFIED))) {
            statistics = DatasetStatistics.recorded(recorded);
            statistics.ifPresent(s -> s.record(record));
            for (Map.Entry<String, DumpFormat> f : ALL_FILES.entrySet())
                recordedFile(f.getKey(), f.getValue(), recorded).ifPresent(d -> {
                    files.put(d.fileName(), d);
                    record(d, record);
                });
        }
        publish(statistics, files, onChange);
        if (statistics.isEmpty()) {
            LOG.info("counting the union graph of {}", store.location());
            statistics = Optional.of(DatasetStatistics.of(store));
            statistics.get().record(record);
            writeSidecar(record);
            publish(statistics, files, onChange);
        }
        for (Map.Entry<String, DumpFormat> f : ALL_FILES.entrySet()) {
            if (files.containsKey(f.getKey()))
                continue;
            LOG.info("writing {} of {}", f.getKey(), store.location());
            Dump written = f.getKey().equals(VALIDATION_REPORT)
                ? write(f.getKey(), f.getValue(), false, this::writeValidationReport)
                : write(f.getKey(), f.getValue(), true,
                    out -> DatasetDump.write(store.dataset(), f.getValue(), prefixes, out));
            files.put(written.fileName(), written);
            record(written, record);
            writeSidecar(record);
            publish(statistics, files, onChange);
        }
        LOG.info("the dumps in {} are up to date with the store", folder);
    }

    private void publish(Optional<DatasetStatistics> statistics, Map<String, Dump> files, Runnable onChange) {
        ready = new Ready(statistics, Map.copyOf(files));
        onChange.run();
    }

    private long writeValidationReport(OutputStream out) {
        Graph report = validation.report(store);
        report.getPrefixMapping().setNsPrefixes(prefixes).setNsPrefix("sh", SHACL.getURI());
        RDFDataMgr.write(out, report, RDFFormat.TURTLE_PRETTY);
        return report.size();
    }

    private static Map<String, DumpFormat> allFiles() {
        Map<String, DumpFormat> all = new LinkedHashMap<>(FILES);
        all.put(VALIDATION_REPORT, DumpFormat.TURTLE);
        return Collections.unmodifiableMap(all);
    }

    private Properties readSidecar() throws IOException {
        Properties recorded = new Properties();
        Path sidecar = folder.resolve(SIDECAR);
        if (Files.exists(sidecar)) {
            try (InputStream in = Files.newInputStream(sidecar)) {
                recorded.load(in);
            }
        }
        return recorded;
    }

    private void writeSidecar(Properties record) throws IOException {
        Path tmp = Files.createTempFile(folder, SIDECAR, TEMPORARY);
        try (OutputStream out = Files.newOutputStream(tmp)) {
            record.store(out, "newsgraph: the state of the store, and what was made from it");
        }
        Files.move(tmp, folder.resolve(SIDECAR), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The file {@code recorded} lists, when it is fully recorded and on disk. */
    private Optional<Dump> recordedFile(String name, DumpFormat format, Properties recorded) throws IOException {
        Path file = folder.resolve(name);
        String statements = recorded.getProperty(name + ".statements");
        String sha256 = recorded.getProperty(name + ".sha256");
        String generated = recorded.getProperty(name + ".generated");
        if (!Files.isRegularFile(file) || statements == null || sha256 == null || generated == null)
            return Optional.empty();
        return Optional.of(new Dump(name, format, !name.equals(VALIDATION_REPORT), Files.size(file),
            Long.parseLong(statements), sha256, Instant.parse(generated)));
    }

    private static void record(Dump d, Properties record) {
        record.setProperty(d.fileName() + ".statements", Long.toString(d.statements()));
        record.setProperty(d.fileName() + ".sha256", d.sha256());
        record.setProperty(d.fileName() + ".generated", d.generated().toString());
    }

    private Dump write(String name, DumpFormat format, boolean gzipped, Content content) throws IOException {
        Path tmp = Files.createTempFile(folder, name, TEMPORARY);
        MessageDigest sha256 = sha256();
        long statements;
        try (OutputStream file = Files.newOutputStream(tmp);
             DigestOutputStream digest = new DigestOutputStream(file, sha256);
             OutputStream out = gzipped ? new GZIPOutputStream(digest, 1 << 16) : digest) {
            statements = content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Path target = folder.resolve(name);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Dump(name, format, gzipped, Files.size(target), statements,
            HexFormat.of().formatHex(sha256.digest()), Instant.now());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Path folder() { return folder; }

    /** True when every file is written and the statistics counted for the store's present state. */
    public boolean isPrepared() {
        Ready r = ready;
        return r.statistics().isPresent() && r.files().size() == ALL_FILES.size();
    }

    /** The statistics of the store's present state, once counted. */
    public Optional<DatasetStatistics> statistics() { return ready.statistics(); }

    /** The dumps of the data written so far, in the order they are listed. */
    public List<Dump> dumps() {
        Map<String, Dump> files = ready.files();
        return FILES.keySet().stream().filter(files::containsKey).map(files::get).toList();
    }

    /** The SHACL validation report of the data in the dumps, once written. */
    public Optional<Dump> validationReport() { return Optional.ofNullable(ready.files().get(VALIDATION_REPORT)); }

    /** Every file of the folder written so far, as listed: the dumps, then the validation report. */
    public List<Dump> files() {
        List<Dump> files = new ArrayList<>(dumps());
        validationReport().ifPresent(files::add);
        return List.copyOf(files);
    }

    /**
     * True when making the files stopped on an error (the log says which): those not yet written will not be until
     * the server is started again.
     */
    public boolean hasFailed() { return failed; }

    /** The names of the files not yet written, as listed. */
    public List<String> pending() {
        Map<String, Dump> files = ready.files();
        return ALL_FILES.keySet().stream().filter(n -> !files.containsKey(n)).toList();
    }

    /** The file named {@code fileName}, once written; only these files are served from the folder. */
    public Optional<Dump> file(String fileName) { return Optional.ofNullable(ready.files().get(fileName)); }

    /** True when {@code fileName} is one of the files the folder holds once prepared. */
    static boolean lists(String fileName) { return ALL_FILES.containsKey(fileName); }
}
