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

import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.store.DatasetDump;
import org.newsgraph.store.DumpFormat;
import org.newsgraph.store.NewsgraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of gzipped dumps the site serves: Turtle and N-Triples of the union graph, N-Quads and JSON-LD of every
 * named graph, written with {@link DatasetDump}. A sidecar file, {@value #SIDECAR}, records what they were made
 * from (the store's quad count and last-modified time) and, for each file, its statements, SHA-256 and date; the
 * dumps are written again only when the store no longer matches or a file is missing or of another size.
 */
public final class DumpFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DumpFolder.class);

    static final String SIDECAR = "dumps.properties";
    private static final String STORE_QUADS = "store.quads";
    private static final String STORE_MODIFIED = "store.modified";

    /** The dumps, by file name, in the order they are listed. */
    static final Map<String, DumpFormat> FILES = files();

    private final Path folder;
    private final List<Dump> dumps;

    private DumpFolder(Path folder, List<Dump> dumps) {
        this.folder = folder;
        this.dumps = List.copyOf(dumps);
    }

    private static Map<String, DumpFormat> files() {
        Map<String, DumpFormat> m = new LinkedHashMap<>();
        m.put("newsgraph.ttl.gz", DumpFormat.TURTLE);
        m.put("newsgraph.nt.gz", DumpFormat.NTRIPLES);
        m.put("newsgraph.nq.gz", DumpFormat.NQUADS);
        m.put("newsgraph.jsonld.gz", DumpFormat.JSONLD);
        return m;
    }

    /**
     * The dumps of {@code store} in {@code folder} (created when missing), written first when they are missing or
     * were made from another state of the store.
     */
    public static DumpFolder prepare(NewsgraphStore store, Path folder, PrefixMapping prefixes) throws IOException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(prefixes, "prefixes");
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
        List<Dump> dumps = new ArrayList<>();
        for (Map.Entry<String, DumpFormat> f : FILES.entrySet()) {
            Dump d = write(store, folder, f.getKey(), f.getValue(), prefixes);
            record.setProperty(d.fileName() + ".statements", Long.toString(d.statements()));
            record.setProperty(d.fileName() + ".sha256", d.sha256());
            record.setProperty(d.fileName() + ".generated", d.generated().toString());
            dumps.add(d);
        }
        Path tmp = Files.createTempFile(folder, SIDECAR, ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            record.store(out, "newsgraph: the dumps in this folder and the state of the store they were made from");
        }
        Files.move(tmp, sidecar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new DumpFolder(folder, dumps);
    }

    private static Optional<List<Dump>> read(Path folder, Properties recorded) throws IOException {
        List<Dump> dumps = new ArrayList<>();
        for (Map.Entry<String, DumpFormat> f : FILES.entrySet()) {
            Path file = folder.resolve(f.getKey());
            String statements = recorded.getProperty(f.getKey() + ".statements");
            String sha256 = recorded.getProperty(f.getKey() + ".sha256");
            String generated = recorded.getProperty(f.getKey() + ".generated");
            if (!Files.isRegularFile(file) || statements == null || sha256 == null || generated == null)
                return Optional.empty();
            dumps.add(new Dump(f.getKey(), f.getValue(), Files.size(file), Long.parseLong(statements), sha256,
                Instant.parse(generated)));
        }
        return Optional.of(dumps);
    }

    private static Dump write(NewsgraphStore store, Path folder, String name, DumpFormat format, PrefixMapping prefixes)
            throws IOException {
        Path tmp = Files.createTempFile(folder, name, ".tmp");
        MessageDigest sha256 = sha256();
        long statements;
        try (OutputStream file = Files.newOutputStream(tmp);
             DigestOutputStream digest = new DigestOutputStream(file, sha256);
             GZIPOutputStream gzip = new GZIPOutputStream(digest, 1 << 16)) {
            statements = DatasetDump.write(store.dataset(), format, prefixes, gzip);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Path target = folder.resolve(name);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Dump(name, format, Files.size(target), statements, HexFormat.of().formatHex(sha256.digest()),
            Instant.now());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Path folder() { return folder; }

    /** The dumps, in the order they are listed. */
    public List<Dump> dumps() { return dumps; }

    /** The dump named {@code fileName}; only these files are served from the folder. */
    public Optional<Dump> dump(String fileName) {
        return dumps.stream().filter(d -> d.fileName().equals(fileName)).findFirst();
    }
}
