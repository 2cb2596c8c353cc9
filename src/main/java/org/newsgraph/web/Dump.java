package org.newsgraph.web;

import java.time.Instant;

import org.newsgraph.store.DumpFormat;

/**
 * One file of the dump folder: a gzipped dump of the store, or the (plain Turtle) validation report of its data.
 *
 * @param fileName the file's name in the dump folder, e.g. {@code newsgraph.ttl.gz}
 * @param format the RDF syntax of the file, inside the gzip when it is gzipped
 * @param gzipped true when the file is gzipped
 * @param bytes the file's size
 * @param statements the triples it holds (Turtle, N-Triples: the union graph, or the report) or the quads (N-Quads, JSON-LD:
 *                   every named graph)
 * @param sha256 the SHA-256 of the file, in hex
 * @param generated when it was written
 */
public record Dump(String fileName, DumpFormat format, boolean gzipped, long bytes, long statements, String sha256, Instant generated) {

    /** The media type of the RDF in the file (inside the gzip, when it is gzipped). */
    public String innerMediaType() { return format.lang().getHeaderString(); }

    /** True when the dump keeps the named graphs, so that {@link #statements()} counts quads. */
    public boolean isQuads() { return format.isQuads(); }
}
