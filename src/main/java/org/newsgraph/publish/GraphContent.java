package org.newsgraph.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * One named graph of the store as it is sent: its triples as N-Triples lines in sorted order, and the SHA-256 of
 * those bytes. Sorting makes the bytes, and so the digest, depend only on the triples, not on the order the store
 * yields them in.
 *
 * <p>Article graphs have no blank nodes. Where a graph has some (authority data may), their labels are the store's
 * own, which stay the same as long as the graph is not rewritten: equal digests still mean equal graphs, and a
 * graph reloaded unchanged merely looks changed and is sent again.
 */
record GraphContent(Node graph, byte[] ntriples, String sha256, long triples) {

    /** Reads {@code graph} of {@code dsg} in a read transaction of its own. */
    static GraphContent read(DatasetGraph dsg, Node graph) {
        List<String> lines = Txn.calculateRead(dsg, () -> {
            List<String> l = new ArrayList<>();
            for (Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                l.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                    + NodeFmtLib.strNT(q.getObject()) + " .\n");
            }
            return l;
        });
        lines.sort(null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(lines.size() * 160);
        for (String line : lines)
            bytes.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        byte[] body = bytes.toByteArray();
        return new GraphContent(graph, body, sha256(body), lines.size());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
