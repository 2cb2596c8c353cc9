package org.newsgraph.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Writes a store's contents in one read transaction, holding at most one named graph in memory. Turtle and
 * N-Triples carry the union graph, N-Quads, TriG and JSON-LD every named graph. The first four stream triple by
 * triple. Jena writes JSON-LD only as a whole document, so the JSON-LD dump is one document whose {@code @graph}
 * lists each named graph as Jena writes it alone, under the one context of the prefixes.
 */
public final class DatasetDump {

    private static final String CONTEXT = "@context";
    private static final String GRAPH = "@graph";

    private DatasetDump() {}

    /** Writes {@code dsg} to {@code out} in {@code format}, with {@code prefixes}; returns the triples or quads written. */
    public static long write(DatasetGraph dsg, DumpFormat format, PrefixMapping prefixes, OutputStream out) {
        return Txn.calculateRead(dsg, () -> format == DumpFormat.JSONLD
            ? writeJsonLd(dsg, prefixes, out)
            : writeStream(dsg, format, prefixes, out));
    }

    private static long writeStream(DatasetGraph dsg, DumpFormat format, PrefixMapping prefixes, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
        stream.start();
        for (Map.Entry<String, String> p : prefixes.getNsPrefixMap().entrySet())
            stream.prefix(p.getKey(), p.getValue());
        long n = 0;
        if (format.isQuads()) {
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); n++)
                stream.quad(it.next());
        } else {
            for (Iterator<Triple> it = UnionTriples.of(dsg); it.hasNext(); n++)
                stream.triple(it.next());
        }
        stream.finish();
        return n;
    }

    /**
     * {@code {"@context": …, "@graph": [G1, G2, …]}}: the default graph's nodes, then each named graph as a node
     * object with its own {@code @graph}, which is how Jena writes a dataset whole.
     */
    private static long writeJsonLd(DatasetGraph dsg, PrefixMapping prefixes, OutputStream out) {
        IndentedWriter json = new IndentedWriter(out).setFlatMode(true);
        JsonObject context = new JsonObject();
        prefixes.getNsPrefixMap().forEach(context::put);
        json.print("{\"" + CONTEXT + "\":");
        JSON.write(json, context);
        json.print(",\"" + GRAPH + "\":[");
        JsonListWriter list = new JsonListWriter(json);
        long n = 0;
        if (!dsg.getDefaultGraph().isEmpty())
            n += list.addGraph(Quad.defaultGraphIRI, dsg, prefixes);
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); )
            n += list.addGraph(it.next(), dsg, prefixes);
        json.println("]}");
        json.flush();
        return n;
    }

    /** The members of the top-level {@code @graph} list, comma separated as they are added. */
    private static final class JsonListWriter {
        private final IndentedWriter json;
        private boolean first = true;

        JsonListWriter(IndentedWriter json) { this.json = json; }

        /** Adds graph {@code name} of {@code dsg}; returns its quads. */
        long addGraph(Node name, DatasetGraph dsg, PrefixMapping prefixes) {
            DatasetGraph one = DatasetGraphFactory.create();
            one.prefixes().putAll(prefixes.getNsPrefixMap());
            dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(one::add);
            ByteArrayOutputStream document = new ByteArrayOutputStream();
            RDFDataMgr.write(document, one, DumpFormat.JSONLD.rdfFormat());
            JsonObject written = JSON.parse(new ByteArrayInputStream(document.toByteArray()));
            written.remove(CONTEXT);
            // A default graph of several nodes comes as {"@graph": [...]}, a named graph as {"@id": G, "@graph": [...]}.
            if (written.hasKey(GRAPH) && !written.hasKey("@id")) {
                for (JsonValue node : written.get(GRAPH).getAsArray())
                    add(node);
            } else if (!written.isEmpty()) {
                add(written);
            }
            return one.stream().count();
        }

        private void add(JsonValue member) {
            if (!first)
                json.print(',');
            first = false;
            JSON.write(json, member);
        }
    }
}
