package org.newsgraph.store;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Writes a store's contents in one read transaction. Turtle and N-Triples carry the union graph, N-Quads and TriG
 * every named graph; these stream triple by triple. JSON-LD is framed as a whole document, so it is built in
 * memory: fine for the bundled corpus, not for the whole archive.
 */
public final class DatasetDump {

    private DatasetDump() {}

    /** Writes {@code dsg} to {@code out} in {@code format}, with {@code prefixes}; returns the triples or quads written. */
    public static long write(DatasetGraph dsg, DumpFormat format, PrefixMapping prefixes, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            if (!format.isStreaming()) {
                DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                dsg.find().forEachRemaining(copy::add);
                copy.prefixes().putAll(prefixes.getNsPrefixMap());
                RDFDataMgr.write(out, copy, format.rdfFormat());
                return copy.stream().count();
            }
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
            stream.start();
            for (Map.Entry<String, String> p : prefixes.getNsPrefixMap().entrySet())
                stream.prefix(p.getKey(), p.getValue());
            long n = 0;
            if (format.isQuads()) {
                for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); n++)
                    stream.quad(it.next());
            } else {
                for (Iterator<Triple> it = dsg.getUnionGraph().find(); it.hasNext(); n++)
                    stream.triple(it.next());
            }
            stream.finish();
            return n;
        });
    }

}
