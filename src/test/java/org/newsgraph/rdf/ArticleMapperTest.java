package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.Span;
import org.newsgraph.extract.ExtractionMethod;

class ArticleMapperTest {

    private static final String PREFIXES = """
        PREFIX schema: <https://schema.org/>
        PREFIX ng: <https://w3id.org/newsgraph/ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        """;

    @Test
    void referenceArticleAsTwoLinkedNewsArticles() throws Exception {
        DatasetGraph dsg = map(TestCorpus.converter(), TestCorpus.REFERENCE);
        String zh = "<" + TestCorpus.REFERENCE_URI + ">";
        String en = "<" + TestCorpus.REFERENCE_URI + "/en>";
        String g = "<" + TestCorpus.BASE + "graph/rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁>";
        assertTrue(ask("ASK { GRAPH " + g + " {"
            + zh + " a schema:NewsArticle ; schema:inLanguage \"zh\" ; schema:workTranslation " + en + " ;"
            + " schema:headline \"中南六省区增强工业战线  领导重心转向钢铁\"@zh ;"
            + " schema:datePublished \"1958-09-05\"^^xsd:date ; schema:printPage \"1\" ;"
            + " schema:dateline \"新华社4日讯\"@zh ; schema:sourceOrganization <" + TestCorpus.BASE + "organization/xinhua-news-agency> ;"
            + " schema:publisher <" + TestCorpus.BASE + "organization/peoples-daily> ;"
            + " schema:isPartOf <" + TestCorpus.BASE + "rmrb/1958-09-05> ;"
            + " schema:identifier \"rmrb/1958.09/1958-09-05_中南六省区增强工业战线_领导重心转向钢铁.md\" ."
            + en + " a schema:NewsArticle ; schema:inLanguage \"en\" ; schema:translationOfWork " + zh + " ;"
            + " schema:headline \"Central South Six Provinces and Regions Strengthen the Industrial Front: Leadership Focus Shifts to Steel\"@en ;"
            + " schema:dateline \"Xinhua News Agency, September 4th\"@en ."
            + "<" + TestCorpus.BASE + "rmrb/1958-09-05> a schema:PublicationIssue ; schema:datePublished \"1958-09-05\"^^xsd:date ;"
            + " schema:isPartOf <" + TestCorpus.BASE + "rmrb> ."
            + "}}", dsg));
        // The bodies are the exact texts.
        String body = select("SELECT ?b { GRAPH ?g { " + zh + " schema:articleBody ?b } }", dsg).get(0);
        assertTrue(body.startsWith("　　中南六省区增强工业战线\n　　领导重心转向钢铁\n    据新华社4日讯"), body);
        assertTrue(body.endsWith("新华社记者　杨礼门摄"));
    }

    @Test
    void theTranslationIsAMachineTranslationWithNoTranslatorPerson() throws Exception {
        DatasetGraph dsg = map(TestCorpus.converter(), TestCorpus.REFERENCE);
        String en = "<" + TestCorpus.REFERENCE_URI + "/en>";
        assertTrue(ask("ASK { GRAPH ?g { " + en + " prov:wasGeneratedBy ?a . ?a a prov:Activity ;"
            + " prov:used <" + TestCorpus.REFERENCE_URI + "> ;"
            + " prov:wasAssociatedWith <" + TestCorpus.BASE + "agent/baokan-machine-translation> } }", dsg));
        assertFalse(ask("ASK { GRAPH ?g { ?t schema:translator ?who } }", dsg));
    }

    @Test
    void photoWithCaptionCreditAndPhotographer() throws Exception {
        DatasetGraph dsg = map(TestCorpus.converter(), TestCorpus.REFERENCE);
        List<String> rows = select("SELECT ?x { GRAPH ?g { <" + TestCorpus.REFERENCE_URI + "> schema:image ?i ."
            + " <" + TestCorpus.REFERENCE_URI + "/en> schema:image ?i ."
            + " ?i a schema:ImageObject ; schema:creditText ?x ; schema:creator ?p . ?p a schema:Person ;"
            + " schema:name \"杨礼门\"@zh, \"Yang Limen\"@en } }", dsg);
        assertEquals(List.of("新华社记者　杨礼门摄"), rows);
    }

    @Test
    void authorsAreNamedInBothLanguages() throws Exception {
        DatasetGraph dsg = map(TestCorpus.converter(), TestCorpus.file("1958-08-01_河南发现大铁矿"));
        List<String> names = select("SELECT ?n { GRAPH ?g { ?a schema:author ?p . ?a schema:inLanguage \"zh\" ."
            + " ?p a schema:Person ; schema:name ?n } } ORDER BY ?n", dsg);
        assertEquals(new TreeSet<>(Set.of("Gong Jun", "Zhou Shixian", "周士贤", "龚俊")), new TreeSet<>(names));
        assertEquals(2, select("SELECT DISTINCT ?p { GRAPH ?g { ?a schema:author ?p } }", dsg).size());
    }

    @Test
    void sectionAndColumnOfThe1989Pages() throws Exception {
        DatasetGraph dsg = map(TestCorpus.converter(), TestCorpus.file("1989-05-31_体育简讯"));
        assertTrue(ask("ASK { GRAPH ?g { ?a schema:printSection \"文化生活·体育\"@zh ; ng:column \"体育简讯\"@zh ;"
            + " schema:printPage \"4\" } }", dsg));
    }

    @Test
    void glossaryOf1946IsKeptOnTheTranslation() throws Exception {
        DatasetGraph dsg = map(TestCorpus.converter(), TestCorpus.file("1946-05-15_五月杂感"));
        assertEquals(18, select("SELECT ?e { GRAPH ?g { ?t ng:glossaryEntry ?e . ?t schema:inLanguage \"en\" } }", dsg).size());
        assertTrue(ask("ASK { GRAPH ?g { ?e a ng:GlossaryEntry ; rdfs:label \"昆明\"@zh, \"Kunming\"@en } }"
            .replace("ASK", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ASK"), dsg));
    }

    @Test
    void urisFollowTheConfiguredBase() throws Exception {
        DatasetGraph dsg = map(TestCorpus.converter("https://data.example.org/newsgraph"), TestCorpus.REFERENCE);
        List<String> graphs = select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", dsg);
        assertEquals(List.of("https://data.example.org/newsgraph/graph/rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁"),
            graphs);
        dsg.executeRead(() -> dsg.find().forEachRemaining(q -> {
            // Every minted resource: subjects, and objects other than types and the campaign ontology's concepts,
            // whose namespace is fixed whatever the base.
            List<Node> minted = q.getPredicate().getURI().endsWith("#type") ? List.of(q.getSubject())
                : List.of(q.getSubject(), q.getObject());
            for (Node n : minted)
                if (n.isURI() && !n.getURI().startsWith("https://data.example.org/newsgraph/")
                    && !n.getURI().startsWith(OA.NS) && !n.getURI().startsWith(NG.NS) && !n.getURI().startsWith(Campaign.NS))
                    throw new AssertionError("URI outside the base: " + n);
        }));
    }

    @Test
    void mentionsAreWebAnnotationsOfBothTexts() throws Exception {
        DatasetGraph dsg = map(TestCorpus.converter(), TestCorpus.REFERENCE);
        String zh = "<" + TestCorpus.REFERENCE_URI + ">";
        String en = "<" + TestCorpus.REFERENCE_URI + "/en>";
        String henan = "<" + TestCorpus.BASE + "place/henan>";
        assertTrue(ask("ASK { GRAPH ?g { " + zh + " schema:mentions " + henan + " ; schema:about " + henan + " ."
            + en + " schema:mentions " + henan + " ; schema:about " + henan + " } }", dsg));
        assertTrue(ask("ASK { GRAPH ?g { " + zh + " schema:mentions <" + TestCorpus.BASE + "place/luoyang> ."
            + " FILTER NOT EXISTS { " + zh + " schema:about <" + TestCorpus.BASE + "place/luoyang> } } }", dsg),
            "Luoyang is mentioned in passing");
        // One annotation for Henan found by name, whose targets are the words of both texts that name it.
        List<String> targets = select("SELECT ?t { GRAPH ?g { ?a a oa:Annotation ; oa:hasBody " + henan + " ;"
            + " ng:confidence 0.9 ; ng:method ng:gazetteerMatch ; oa:hasTarget ?t } } ORDER BY ?t", dsg);
        assertEquals(List.of(TestCorpus.REFERENCE_URI + "#char=120,123", TestCorpus.REFERENCE_URI + "/en#char=439,444"),
            targets);
        assertTrue(ask("ASK { GRAPH ?g { <" + targets.get(0) + ">"
            + " nif:beginIndex \"120\"^^xsd:nonNegativeInteger ; nif:endIndex \"123\"^^xsd:nonNegativeInteger ;"
            + " nif:anchorOf \"河南省\" . <" + targets.get(1) + "> nif:anchorOf \"Henan\" } }", dsg));
        String committee = "<" + TestCorpus.BASE + "place/henan/cpc-committee>";
        assertTrue(ask("ASK { GRAPH ?g { " + committee + " a schema:Organization ; schema:name \"中国共产党河南省委员会\"@zh ;"
            + " schema:name \"Henan Committee of the Communist Party of China\"@en ;"
            + " schema:parentOrganization <" + TestCorpus.BASE + "organization/communist-party-of-china> ;"
            + " schema:areaServed " + henan + " ; ng:linkStatus ng:NotFound } }", dsg));
        assertEquals(1, select("SELECT ?e { GRAPH ?g { " + zh + " schema:mentions ?e FILTER(?e = " + henan + ") } }", dsg).size(),
            "one schema:mentions per entity, however often it is named");
    }

    @Test
    void amountsAreQuantitativeValuesWithUnitAndRatePeriod() throws Exception {
        DatasetGraph dsg = map(TestCorpus.converter(),
            Path.of("src/test/resources/devset/articles/rmrb__1958.10__1958-10-01_全国港口职工干劲冲天_一天装卸货物四十万吨.md.txt"));
        // 一天装卸货物四十万吨: 400,000 t a day; 为8月份平均日装卸量的227.74％: a percentage, no rate.
        assertTrue(ask("ASK { GRAPH ?g { ?q prov:wasDerivedFrom/nif:anchorOf \"四十万吨\" ;"
            + " a schema:QuantitativeValue ; schema:value ?v ; schema:unitCode \"TNE\" ;"
            + " ng:ratePeriod \"P1D\"^^xsd:duration FILTER(?v = 400000) } }", dsg));
        assertTrue(ask("ASK { GRAPH ?g { ?q prov:wasDerivedFrom/nif:anchorOf \"227.74％\" ;"
            + " schema:value ?v ; schema:unitCode \"P1\" FILTER(?v = 227.74) FILTER NOT EXISTS { ?q ng:ratePeriod ?p } } }",
            dsg));
    }

    @Test
    void aSpanIsWrittenOnceHoweverManyAnnotationsPointToIt() {
        CollectorStreamQuads quads = new CollectorStreamQuads();
        Node graph = NodeFactory.createURI(TestCorpus.BASE + "graph/g");
        Node zh = NodeFactory.createURI(TestCorpus.BASE + "a");
        Node en = NodeFactory.createURI(TestCorpus.BASE + "a/en");
        EvidenceWriter evidence = new EvidenceWriter(new Emitter(quads, graph));
        Node henanZh = evidence.span(zh, new Span(120, 123), "河南省");
        Node henanEn = evidence.span(en, new Span(88, 93), "Henan");
        Node sentence = evidence.span(zh, new Span(100, 130), "在河南省……");
        Node mention = UriScheme.fragment(zh, "mention-1");
        Node fact = UriScheme.fragment(zh, "fact-1");
        evidence.annotation(mention, NodeFactory.createURI(TestCorpus.BASE + "place/henan"),
            ExtractionMethod.GAZETTEER_MATCH, OptionalDouble.of(0.9), List.of(henanZh, henanEn));
        evidence.annotation(fact, NodeFactory.createURI(TestCorpus.BASE + "fact"), ExtractionMethod.CAMPAIGN_PATTERN,
            OptionalDouble.of(0.8), List.of(sentence, evidence.span(zh, new Span(120, 123), "河南省")));

        assertEquals(henanZh, NodeFactory.createURI(TestCorpus.BASE + "a#char=120,123"));
        assertEquals(henanEn, NodeFactory.createURI(TestCorpus.BASE + "a/en#char=88,93"));
        Graph g = GraphFactory.createDefaultGraph();
        quads.getCollected().forEach(q -> g.add(q.asTriple()));
        assertEquals(quads.getCollected().size(), g.size(), "no triple written twice");
        assertEquals(Set.of(henanZh, henanEn), Set.copyOf(g.find(mention, OA.hasTarget, Node.ANY).mapWith(Triple::getObject).toList()));
        assertEquals(Set.of(sentence, henanZh), Set.copyOf(g.find(fact, OA.hasTarget, Node.ANY).mapWith(Triple::getObject).toList()));
        assertEquals(3, g.find(henanZh, Node.ANY, Node.ANY).toList().size(), "begin, end and words");
        assertTrue(g.contains(henanZh, NIF.anchorOf, NodeFactory.createLiteralString("河南省")));
        assertTrue(g.contains(henanZh, NIF.beginIndex, NodeFactory.createLiteralDT("120", XSDDatatype.XSDnonNegativeInteger)));
        assertTrue(g.contains(mention, NG.confidence, Node.ANY));
        assertTrue(g.contains(fact, NG.confidence, NodeFactory.createLiteralDT("0.8", XSDDatatype.XSDdecimal)));
    }

    @Test
    void noArticleGraphWritesAQuadTwice() throws Exception {
        ArticleConverter converter = TestCorpus.converter();
        int spans = 0;
        for (Path file : TestCorpus.files()) {
            CollectorStreamQuads collector = new CollectorStreamQuads();
            converter.write(converter.read(file), collector);
            List<Quad> quads = collector.getCollected();
            assertEquals(quads.size(), Set.copyOf(quads).size(), file.toString());
            spans += (int) quads.stream().filter(q -> q.getPredicate().equals(NIF.anchorOf)).count();
        }
        assertTrue(spans > 300, "spans: " + spans);
    }

    @Test
    void slugsAreIriSafe() {
        assertEquals("土地爷：_救命啊！救_（图片）", UriScheme.segment("土地爷：_救命啊！救_（图片）"));
        assertEquals("a_b_c_d", UriScheme.segment("a b?c#d"));
        assertEquals("中南_领导", UriScheme.segment("中南\u3000领导"));
    }

    static DatasetGraph map(ArticleConverter converter, Path file) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var converted = converter.read(file);
        dsg.executeWrite(() -> {
            try {
                converter.write(converted, StreamRDFLib.dataset(dsg));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return dsg;
    }

    private static boolean ask(String query, DatasetGraph dsg) {
        return dsg.calculateRead(() -> QueryExec.dataset(dsg).query(PREFIXES + query).ask());
    }

    private static List<String> select(String query, DatasetGraph dsg) {
        return dsg.calculateRead(() -> {
            RowSet rows = QueryExec.dataset(dsg).query(PREFIXES + query).select();
            List<String> values = new java.util.ArrayList<>();
            rows.forEachRemaining(b -> {
                Node n = b.get(b.vars().next());
                values.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI());
            });
            return values;
        });
    }

}
