package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
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
 * ({@value #VALIDATION_REPORT}, Turtle, not gzipped). A sidecar file, {@value #SIDECAR}, records what they were made
 * from (the store's quad count and last-modified time) and, for each file, its statements, SHA-256 and date; the
 * files are written again only when the store no longer matches or a file is missing.
 */
public final class DumpFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DumpFolder.class);

    static final String SIDECAR = "dumps.properties";
    static final String VALIDATION_REPORT = "validation-report.ttl";
    private static final String STORE_QUADS = "store.quads";
    private static final String STORE_MODIFIED = "store.modified";

    /** The dumps, by file name, in the order they are listed. */
    static final Map<String, DumpFormat> FILES = dumpFormats();

    private final Path folder;
    private final List<Dump> dumps;
    private final Dump validationReport;

    private DumpFolder(Path folder, List<Dump> files) {
        this.folder = folder;
        this.dumps = List.copyOf(files.subList(0, FILES.size()));
        this.validationReport = files.get(FILES.size());
    }

    private static Map<String, DumpFormat> dumpFormats() {
        Map<String, DumpFormat> m = new LinkedHashMap<>();
        m.put("newsgraph.ttl.gz", DumpFormat.TURTLE);
        m.put("newsgraph.nt.gz", DumpFormat.NTRIPLES);
        m.put("newsgraph.nq.gz", DumpFormat.NQUADS);
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
     * The dumps of {@code store} and the report of its {@code validation} in {@code folder} (created when missing),
     * written first when they are missing or were made from another state of the store.
     */
    public static DumpFolder prepare(NewsgraphStore store, Path folder, PrefixMapping prefixes,
                                     StoreValidation validation) throws IOException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(prefixes, "prefixes");
        Objects.requireNonNull(validation, "validation");
        Files.createDirectories(folder);
        Path sidecar = folder.resolve(SIDECAR);
        String quads = Long.toString(store.quadCount());
        String modified = store.lastModified().toString();
        Properties recorded = new Properties();
        if (Files.exists(sidecar)) {
            try (InputStream in = Files.newInputStream(sidecar)) {
                recorded.load(in);
            }
            if (quads.equals(recorded.getProperty(STORE_QUADS)) && modified.equals(recorded.getProperty(STORE_MODIFIED))) {
                Optional<List<Dump>> current = read(folder, recorded);
                if (current.isPresent()) {
                    LOG.info("dumps in {} are up to date with the store", folder);
                    return new DumpFolder(folder, current.get());
                }
            }
        }
        LOG.info("writing the dumps of {} to {}", store.location(), folder);
        Properties record = new Properties();
        record.setProperty(STORE_QUADS, quads);
        record.setProperty(STORE_MODIFIED, modified);
        List<Dump> files = new ArrayList<>();
        for (Map.Entry<String, DumpFormat> f : FILES.entrySet())
            files.add(write(folder, f.getKey(), f.getValue(), true,
                out -> DatasetDump.write(store.dataset(), f.getValue(), prefixes, out)));
        files.add(write(folder, VALIDATION_REPORT, DumpFormat.TURTLE, false, out -> {
            Graph report = validation.report(store);
            report.getPrefixMapping().setNsPrefixes(prefixes).setNsPrefix("sh", SHACL.getURI());
            RDFDataMgr.write(out, report, RDFFormat.TURTLE_PRETTY);
            return report.size();
        }));
        for (Dump d : files) {
            record.setProperty(d.fileName() + ".statements", Long.toString(d.statements()));
            record.setProperty(d.fileName() + ".sha256", d.sha256());
            record.setProperty(d.fileName() + ".generated", d.generated().toString());
        }
        Path tmp = Files.createTempFile(folder, SIDECAR, ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            record.store(out, "newsgraph: the files in this folder and the state of the store they were made from");
        }
        Files.move(tmp, sidecar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new DumpFolder(folder, files);
    }

    /** The files {@code recorded} lists, in order, or nothing when one is missing or not fully recorded. */
    private static Optional<List<Dump>> read(Path folder, Properties recorded) throws IOException {
        Map<String, DumpFormat> all = new LinkedHashMap<>(FILES);
        all.put(VALIDATION_REPORT, DumpFormat.TURTLE);
        List<Dump> files = new ArrayList<>();
        for (Map.Entry<String, DumpFormat> f : all.entrySet()) {
            Path file = folder.resolve(f.getKey());
            String statements = recorded.getProperty(f.getKey() + ".statements");
            String sha256 = recorded.getProperty(f.getKey() + ".sha256");
            String generated = recorded.getProperty(f.getKey() + ".generated");
            if (!Files.isRegularFile(file) || statements == null || sha256 == null || generated == null)
                return Optional.empty();
            files.add(new Dump(f.getKey(), f.getValue(), !f.getKey().equals(VALIDATION_REPORT), Files.size(file),
                Long.parseLong(statements), sha256, Instant.parse(generated)));
        }
        return Optional.of(files);
    }

    private static Dump write(Path folder, String name, DumpFormat format, boolean gzipped, Content content)
            throws IOException {
        Path tmp = Files.createTempFile(folder, name, ".tmp");
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

    /** The dumps of the data, in the order they are listed. */
    public List<Dump> dumps() { return dumps; }

    /** The SHACL validation report of the data in the dumps. */
    public Dump validationReport() { return validationReport; }

    /** Every file of the folder as listed: the dumps, then the validation report. */
    public List<Dump> files() {
        List<Dump> files = new ArrayList<>(dumps);
        files.add(validationReport);
        return List.copyOf(files);
    }

    /** The file named {@code fileName}; only these files are served from the folder. */
    public Optional<Dump> file(String fileName) {
        return files().stream().filter(d -> d.fileName().equals(fileName)).findFirst();
    }
}
