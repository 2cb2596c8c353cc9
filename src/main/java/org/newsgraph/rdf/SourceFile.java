package org.newsgraph.rdf;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.ArticleParser;
import org.newsgraph.article.SourcePath;

/**
 * The bytes of one article file, read once, with their SHA-256: the digest lets a load recognise a file it has
 * stored before without parsing it again.
 *
 * @param path   the file, as given
 * @param bytes  its content
 * @param sha256 the SHA-256 of {@code bytes}, 64 lower-case hex digits
 */
public record SourceFile(Path path, byte[] bytes, String sha256) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Reads a file, refusing one larger than an article can be before reading it. */
    public static SourceFile read(Path file) throws IOException, ArticleFormatException {
        byte[] bytes = ArticleParser.readFile(file);
        return new SourceFile(file, bytes, sha256(bytes));
    }

    /** The file's path in the archive, from its name: what the stored article records as {@code schema:identifier}. */
    public String archivePath() {
        return SourcePath.ofFileName(path.getFileName().toString()).archivePath();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
