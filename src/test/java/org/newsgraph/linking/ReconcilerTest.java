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
import org.newsgraph.store.ArticleLoader;
import org.newsgraph.store.NewsgraphStore;
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
        .kind("Province", "Q1615742").kind("County", "Q900000100").build();

    private static String endpoint() { return endpoint; }

    private static final Optional<Reconciler.Years> IN_1958 = Optional.of(new Reconciler.Years(1958, 1958));
    private static final Optional<Reconciler.Years> IN_1989 = Optional.of(new Reconciler.Years(1989, 1989));

    private static Reconciler.Entity entity(String key, String kind, String zh, String en) {
        return new Reconciler.Entity(key, kind, zh, en, Optional.empty(), Optional.empty());
    }

    private static Reconciler.Entity unit(String key, String zh, String en, String gbCode) {
        return new Reconciler.Entity(key, "County", zh, en, Optional.empty(), Optional.of(gbCode));
    }

    private static Reconciler.Proposal of(List<Reconciler.Proposal> proposals, String qid) {
        return proposals.stream().filter(p -> p.qid().equals(qid)).findFirst()
            .orElseThrow(() -> new AssertionError(qid + " not proposed: " + proposals));
    }

    @Test
    void aPersonAliveWhenMentionedIsAcceptedOverAHomonymThatIsARiver() {
        List<Reconciler.Proposal> p = reconciler.reconcile(entity("person/tao-zhu", "Person", "陶铸", "Tao Zhu"), IN_1958);
        assertEquals(List.of("Q900000001", "Q900000002"), p.stream().map(Reconciler.Proposal::qid).toList());
        assertEquals(new BigDecimal("0.90"), p.get(0).score());
        assertTrue(p.get(0).accepted());
        assertEquals(List.of("Chinese name 陶铸", "English name Tao Zhu", "instance of Q5, as a Person is",
            "existed in 1958, when the articles that mention it appeared (1908–1969)"), p.get(0).reasons());
        assertEquals(new BigDecimal("0.05"), p.get(1).score(), "a name alone, of a thing of another type");
        assertFalse(p.get(1).accepted());
    }

    @Test
    void aNamesakeBornAfterTheArticlesIsOnlyProposed() {
        List<Reconciler.Proposal> p = reconciler.reconcile(
            entity("person/yang-limen", "Person", "杨礼门", "Yang Limen"), IN_1958);
        assertEquals(1, p.size());
        assertEquals(new BigDecimal("0.35"), p.get(0).score());
        assertFalse(p.get(0).accepted());
        assertTrue(p.get(0).reasons().contains("did not exist in 1958, when the articles that mention it appeared (1980–)"),
            p.get(0).reasons().toString());
    }

    @Test
    void existenceIsJudgedAgainstTheYearsOfTheMentioningArticles() {
        Reconciler.Entity commune = entity("place/dongfeng", "Commune", "东风公社", "Dongfeng Commune");
        Reconciler.Proposal dissolved1970 = reconciler.reconcile(commune, IN_1989).get(0);
        assertEquals("Q900000009", dissolved1970.qid());
        assertEquals(new BigDecimal("0.20"), dissolved1970.score(), "names 0.5, dissolved before 1989 −0.3");
        assertTrue(dissolved1970.reasons().contains("did not exist in 1989, when the articles that mention it appeared "
            + "(1958–1970)"), dissolved1970.reasons().toString());
        assertEquals(new BigDecimal("0.60"), reconciler.reconcile(commune, IN_1958).get(0).score());
        Reconciler.Proposal overBoth = reconciler.reconcile(commune, Optional.of(new Reconciler.Years(1958, 1989))).get(0);
        assertEquals(new BigDecimal("0.20"), overBoth.score(), "gone before the last article");

        Reconciler.Entity township = entity("place/hongxing", "Township", "红星乡", "Hongxing Township");
        Reconciler.Proposal founded1980in1989 = reconciler.reconcile(township, IN_1989).get(0);
        assertEquals("Q900000010", founded1980in1989.qid());
        assertEquals(new BigDecimal("0.60"), founded1980in1989.score(), founded1980in1989.reasons().toString());
        assertTrue(founded1980in1989.reasons().contains("existed in 1989, when the articles that mention it appeared "
            + "(1980–)"), founded1980in1989.reasons().toString());
        assertEquals(new BigDecimal("0.20"), reconciler.reconcile(township, IN_1958).get(0).score());
    }

    @Test
    void anEntityNoArticleMentionsGetsNoExistenceScore() {
        Reconciler.Proposal p = reconciler.reconcile(
            entity("place/dongfeng", "Commune", "东风公社", "Dongfeng Commune"), Optional.empty()).get(0);
        assertEquals(new BigDecimal("0.50"), p.score(), "the names alone");
        assertEquals(List.of("Chinese name 东风公社", "English name Dongfeng Commune",
            "mentioned by no article: existence (1958–1970) not scored"), p.reasons());
    }

    @Test
    void theOnlyItemWithTheUnitsCodeIsTheMatch() {
        List<Reconciler.Proposal> p = reconciler.reconcile(unit("place/shiqiao", "石桥县", "Shiqiao County", "370721"),
            IN_1989);
        assertEquals(List.of("Q900000005", "Q900000006"), p.stream().map(Reconciler.Proposal::qid).toList());
        assertTrue(p.get(0).accepted());
        assertEquals(new BigDecimal("1.00"), p.get(0).score(), "evidence counts up to 1");
        assertEquals("exact match: the only item with GB/T 2260 code 370721 (P442), the strongest evidence",
            p.get(0).reasons().get(0));
        Reconciler.Proposal namesake = p.get(1);
        assertFalse(namesake.accepted());
        assertEquals(new BigDecimal("0.20"), namesake.score(), "names 0.5, another code −0.3");
        assertTrue(namesake.reasons().contains("GB/T 2260 code 410101 (P442), not 370721"), namesake.reasons().toString());
    }

    @Test
    void theCodeAloneFindsAndMatchesARenamedUnit() {
        List<Reconciler.Proposal> p = reconciler.reconcile(unit("place/old-name", "旧名县", "Jiuming County", "370721"),
            IN_1989);
        assertEquals(1, p.size(), p.toString());
        assertEquals("Q900000005", p.get(0).qid());
        assertEquals(new BigDecimal("0.90"), p.get(0).score(), "code 0.8, existed 0.1");
        assertTrue(p.get(0).accepted());
    }

    @Test
    void aCodeSeveralItemsCarryIsOnlyProposed() {
        Reconciler.Proposal withCode = of(reconciler.reconcile(
            unit("place/shuanghe", "双河县", "Shuanghe County", "370799"), IN_1958), "Q900000007");
        assertEquals(new BigDecimal("0.80"), withCode.score(), "names and type; the shared code counts nothing");
        assertFalse(withCode.accepted(), "score and lead would do, but the code does not single it out");
        assertTrue(withCode.reasons().contains("GB/T 2260 code 370799 (P442) carried by 2 items: proposed only"),
            withCode.reasons().toString());
        Reconciler.Proposal withoutCode = of(reconciler.reconcile(new Reconciler.Entity("place/shuanghe", "County",
            "双河县", "Shuanghe County", Optional.empty(), Optional.empty()), IN_1958), "Q900000007");
        assertTrue(withoutCode.accepted(), "by names and type alone, as any entity without a code");
    }

    @Test
    void aNameWithALineBreakAndAQuoteIsQueriedAsItIs() {
        List<Reconciler.Proposal> p = reconciler.reconcile(entity("place/dongfanghong", "Farm", "东方\"红\"\n农场", ""),
            Optional.empty());
        assertEquals(List.of("Q900000011"), p.stream().map(Reconciler.Proposal::qid).toList());
        assertEquals(List.of("Chinese name 东方\"红\"\n农场"), p.get(0).reasons());
        String row = Reconciler.row(p.get(0));
        assertEquals(Reconciler.HEADER.split("\t").length, row.split("\t", -1).length, row);
        assertFalse(row.contains("\n"), "a line break in a name would split the reviewable file's row");
    }

    @Test
    void distanceCountsWhenBothHaveCoordinates() {
        List<Reconciler.Proposal> near = reconciler.reconcile(new Reconciler.Entity("place/central-south-china", "Region",
            "中南", "Central South China", Optional.of(new double[] {28.2, 112.9}), Optional.empty()), IN_1958);
        assertEquals(new BigDecimal("0.60"), near.get(0).score(), near.get(0).reasons().toString());
        List<Reconciler.Proposal> far = reconciler.reconcile(new Reconciler.Entity("place/central-south-china", "Region",
            "中南", "Central South China", Optional.of(new double[] {45.0, 126.0}), Optional.empty()), IN_1958);
        assertEquals(new BigDecimal("0.30"), far.get(0).score(), far.get(0).reasons().toString());
        assertFalse(near.get(0).accepted(), "no type to check for a region: not enough to accept");
    }

    @Test
    void theYearsOfAnEntityAreThoseOfTheArticlesInTheStoreThatMentionIt(@TempDir Path dir) throws Exception {
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            ArticleLoader.builder().store(store).converter(TestCorpus.converter()).build()
                .load(List.of(TestCorpus.REFERENCE, TestCorpus.file("1989-05-31_外事简讯")));
            // The 1958 reference article names 中南 and 陶铸; the 1989 one names 中南 too.
            assertEquals(Optional.of(new Reconciler.Years(1958, 1989)),
                Reconciler.mentionYears(store.dataset(), TestCorpus.BASE + "place/central-south-china"));
            assertEquals(Optional.of(new Reconciler.Years(1958, 1958)),
                Reconciler.mentionYears(store.dataset(), TestCorpus.BASE + "person/tao-zhu"));
            assertEquals(Optional.empty(), Reconciler.mentionYears(store.dataset(), TestCorpus.BASE + "place/zhangjiakou"));
        }
    }

    @Test
    void reconcileNeedsTheStoreThatDatesTheMentions(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cl = NewsgraphCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(1, cl.execute("reconcile", "--endpoint", endpoint, "--store", dir.resolve("none").toString(),
            "--out", dir.resolve("r.tsv").toString()));
        assertTrue(err.toString().contains("no store here"), err.toString());
        assertTrue(Files.notExists(dir.resolve("none")) && Files.notExists(dir.resolve("r.tsv")));
    }

    @Test
    void reconcileCommandThenGazetteerLinksTheAcceptedOnly(@TempDir Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        for (String f : List.of(GazetteerBuilder.NEWLOOK, GazetteerBuilder.CITIES, GazetteerBuilder.SEED,
            GazetteerBuilder.AREACODES, "SOURCE.md"))
            Files.copy(Path.of("rdf", "sources", "gazetteer", f), sources.resolve(f));
        Path proposals = sources.resolve(GazetteerBuilder.RECONCILIATION);
        Path store = dir.resolve("tdb2");
        StringWriter out = new StringWriter();
        CommandLine cl = NewsgraphCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute("load", "--store", store.toString(), TestCorpus.REFERENCE.toString()));
        assertEquals(0, cl.execute("reconcile", "--endpoint", endpoint, "--store", store.toString(),
            "--out", proposals.toString()));
        assertTrue(out.toString().contains("accepted"), out.toString());
        List<String> rows = Files.readAllLines(proposals);
        assertEquals(Reconciler.HEADER, rows.get(0));
        assertTrue(rows.contains("person/tao-zhu\t陶铸\tTao Zhu\tQ900000001\t0.90\taccepted\tChinese name 陶铸; English name Tao Zhu; "
            + "instance of Q5, as a Person is; existed in 1958, when the articles that mention it appeared (1908–1969)"),
            String.join("\n", rows));
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
