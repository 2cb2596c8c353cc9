package org.newsgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.cli.NewsgraphCommand;
import org.newsgraph.rdf.NG;
import picocli.CommandLine;

/** Reconciliation against a local Fuseki holding a Wikidata-shaped fixture; never against the internet. */
class ReconcilerTest {

    private static FusekiServer wikidata;
    private static String endpoint;

    @BeforeAll
    static void start() {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture, "src/test/resources/wikidata-fixture.ttl");
        wikidata = FusekiServer.create().port(0).add("/wikidata", fixture, false).build().start();
        endpoint = "http://localhost:" + wikidata.getHttpPort() + "/wikidata/sparql";
    }

    @AfterAll
    static void stop() {
        wikidata.stop();
    }

    private final Reconciler reconciler = Reconciler.builder().endpoint(endpoint()).kind("Person", "Q5")
        .kind("Province", "Q1615742").build();

    private static String endpoint() { return endpoint; }

    @Test
    void aPersonAliveIn1958IsAcceptedOverAHomonymThatIsARiver() {
        List<Reconciler.Proposal> p = reconciler.reconcile(
            new Reconciler.Entity("person/tao-zhu", "Person", "陶铸", "Tao Zhu", Optional.empty()));
        assertEquals(List.of("Q900000001", "Q900000002"), p.stream().map(Reconciler.Proposal::qid).toList());
        assertEquals(new BigDecimal("0.90"), p.get(0).score());
        assertTrue(p.get(0).accepted());
        assertEquals(List.of("Chinese name 陶铸", "English name Tao Zhu", "instance of Q5, as a Person is",
            "existed in 1958 (1908–1969)"), p.get(0).reasons());
        assertEquals(new BigDecimal("0.05"), p.get(1).score(), "a name alone, of a thing of another type");
        assertFalse(p.get(1).accepted());
    }

    @Test
    void aNamesakeBornAfter1958IsOnlyProposed() {
        List<Reconciler.Proposal> p = reconciler.reconcile(
            new Reconciler.Entity("person/yang-limen", "Person", "杨礼门", "Yang Limen", Optional.empty()));
        assertEquals(1, p.size());
        assertEquals(new BigDecimal("0.35"), p.get(0).score());
        assertFalse(p.get(0).accepted());
        assertTrue(p.get(0).reasons().contains("did not exist in 1958 (1980–)"), p.get(0).reasons().toString());
    }

    @Test
    void distanceCountsWhenBothHaveCoordinates() {
        List<Reconciler.Proposal> near = reconciler.reconcile(new Reconciler.Entity("place/central-south-china", "Region",
            "中南", "Central South China", Optional.of(new double[] {28.2, 112.9})));
        assertEquals(new BigDecimal("0.60"), near.get(0).score(), near.get(0).reasons().toString());
        List<Reconciler.Proposal> far = reconciler.reconcile(new Reconciler.Entity("place/central-south-china", "Region",
            "中南", "Central South China", Optional.of(new double[] {45.0, 126.0})));
        assertEquals(new BigDecimal("0.30"), far.get(0).score(), far.get(0).reasons().toString());
        assertFalse(near.get(0).accepted(), "no type to check for a region: not enough to accept");
    }

    @Test
    void reconcileCommandThenGazetteerLinksTheAcceptedOnly(@TempDir Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        for (String f : List.of(GazetteerBuilder.NEWLOOK, GazetteerBuilder.CITIES, GazetteerBuilder.SEED,
            GazetteerBuilder.AREACODES, "SOURCE.md"))
            Files.copy(Path.of("rdf", "sources", "gazetteer", f), sources.resolve(f));
        Path proposals = sources.resolve(GazetteerBuilder.RECONCILIATION);
        StringWriter out = new StringWriter();
        CommandLine cl = NewsgraphCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute("reconcile", "--endpoint", endpoint, "--out", proposals.toString()));
        assertTrue(out.toString().contains("accepted"), out.toString());
        List<String> rows = Files.readAllLines(proposals);
        assertEquals(Reconciler.HEADER, rows.get(0));
        assertTrue(rows.contains("person/tao-zhu\t陶铸\tTao Zhu\tQ900000001\t0.90\taccepted\tChinese name 陶铸; English name Tao Zhu; "
            + "instance of Q5, as a Person is; existed in 1958 (1908–1969)"), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("person/yang-limen\t") && r.contains("\tproposed\t")));

        Graph g = GazetteerBuilder.build(sources);
        String base = "http://gazetteer.invalid/";
        var tao = NodeFactory.createURI(base + "person/tao-zhu");
        assertTrue(g.contains(tao, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q900000001")));
        assertTrue(g.contains(tao, NG.linkStatus, NG.Reconciled));
        var yang = NodeFactory.createURI(base + "person/yang-limen");
        assertFalse(g.contains(yang, OWL.sameAs.asNode(), org.apache.jena.graph.Node.ANY), "proposed is not linked");
        assertTrue(g.contains(yang, NG.linkStatus, NG.NotFound));
    }

    @Test
    void theKindsTheAuthorityDataMapToWikidataClasses() throws Exception {
        Graph all = org.newsgraph.rdf.AuthorityData.load(TestCorpus.AUTHORITY,
            org.newsgraph.rdf.UriScheme.of(TestCorpus.BASE)).union();
        var classes = Reconciler.wikidataClasses(all);
        assertEquals("Q5", classes.get("Person"));
        assertEquals("Q1615742", classes.get("Province"));
        assertEquals("Q57362", classes.get("AutonomousRegion"));
        List<Reconciler.Entity> unlinked = Reconciler.unlinked(all, TestCorpus.BASE);
        assertTrue(unlinked.stream().anyMatch(e -> e.key().equals("person/tao-zhu") && e.kind().equals("Person")
            && e.nameZh().equals("陶铸")), unlinked.toString());
        assertTrue(unlinked.stream().noneMatch(e -> e.key().equals("place/henan")));
    }
}
