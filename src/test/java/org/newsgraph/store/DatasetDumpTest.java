package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.Namespaces;

class DatasetDumpTest {

    @TempDir
    static Path dir;
    private static NewsgraphStore store;
    private static DatasetGraph stored;

    @BeforeAll
    static void load() {
        store = NewsgraphStore.open(dir.resolve("tdb2"));
        TestCorpus.loadInto(store);
        stored = ArticleLoaderTest.copy(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void everyFormatIsReadBackByJenaAndHoldsTheSameData(DumpFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = DatasetDump.write(store.dataset(), format, Namespaces.prefixes(), out);
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.lang()).parse(back);
        if (format.isQuads()) {
            assertEquals(stored.stream().count(), written);
            assertTrue(IsoMatcher.isomorphic(stored, back), "named graphs survive " + format);
        } else {
            Graph union = union(stored);
            assertEquals(union.size(), written, "no triple twice in the union");
            assertTrue(IsoMatcher.isomorphic(union, back.getDefaultGraph()), "union graph survives " + format);
        }
    }

    @Test
    void aDumpLoadedIntoAFreshStoreIsIsomorphicToTheOriginal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            DatasetDump.write(store.dataset(), DumpFormat.NQUADS, Namespaces.prefixes(), gz);
        }
        try (NewsgraphStore fresh = NewsgraphStore.open(dir.resolve("fresh"));
             InputStream in = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            Txn.executeWrite(fresh.dataset(), () -> RDFParser.source(in).lang(DumpFormat.NQUADS.lang()).parse(fresh.dataset()));
            assertEquals(store.graphCount(), fresh.graphCount());
            assertTrue(IsoMatcher.isomorphic(stored, ArticleLoaderTest.copy(fresh.dataset())));
        }
    }

    /**
     * JSON-LD is written graph by graph: a default graph beside the named ones, and blank nodes of different graphs,
     * which Jena labels per document, come back as they were.
     */
    @Test
    void theJsonLdDumpKeepsTheDefaultGraphAndEveryGraphsOwnBlankNodes() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("""
            PREFIX schema: <https://schema.org/>
            PREFIX ex: <http://example.org/>
            ex:dataset schema:name "数据"@zh .
            ex:g1 { ex:a schema:author [ schema:name "甲" ] ; schema:position 3 . }
            ex:g2 { ex:b schema:author [ schema:name "乙" ] , [ schema:name "丙" ] . ex:a schema:about ex:b . }
            """, Lang.TRIG).parse(dataset);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = DatasetDump.write(dataset, DumpFormat.JSONLD, Namespaces.prefixes(), out);
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.JSONLD).parse(back);
        assertEquals(9, written);
        assertTrue(IsoMatcher.isomorphic(dataset, back), out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, out.toString(java.nio.charset.StandardCharsets.UTF_8).split("@context", -1).length - 1,
            "one context for the whole document");
    }

    @Test
    void turtleDumpUsesPrefixes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetDump.write(store.dataset(), DumpFormat.TURTLE, Namespaces.prefixes(), out);
        String turtle = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(turtle.contains("PREFIX schema: <https://schema.org/>"), turtle.substring(0, 300));
        assertTrue(turtle.contains("schema:headline"));
    }

    static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }
}
