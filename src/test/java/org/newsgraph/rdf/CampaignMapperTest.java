package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.Language;
import org.newsgraph.article.Span;
import org.newsgraph.campaign.CampaignFact;
import org.newsgraph.campaign.CampaignReading;
import org.newsgraph.campaign.Commodity;
import org.newsgraph.campaign.Evidence;
import org.newsgraph.campaign.Leadership;
import org.newsgraph.campaign.Meeting;
import org.newsgraph.campaign.MeetingKind;
import org.newsgraph.campaign.Mobilisation;
import org.newsgraph.campaign.Name;
import org.newsgraph.campaign.PartOfDay;
import org.newsgraph.campaign.ReportedOutput;
import org.newsgraph.campaign.Sentence;
import org.newsgraph.campaign.Slogan;
import org.newsgraph.campaign.Target;
import org.newsgraph.campaign.TargetKind;
import org.newsgraph.campaign.Task;
import org.newsgraph.campaign.Team;
import org.newsgraph.extract.AnnotatedArticle;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.ExtractionMethod;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;

/**
 * The mapping of campaign facts, on facts built by hand from what extraction really finds in the reference article:
 * its mentions, amounts, dates and sentences. The rules that read facts are tested on their own; this checks that
 * whatever they read lands in the graph as the campaign ontology says, and conforms to the shapes.
 */
class CampaignMapperTest {

    private static final String PREFIXES = """
        PREFIX schema: <https://schema.org/>
        PREFIX ng: <https://w3id.org/newsgraph/ns#>
        PREFIX camp: <https://w3id.org/newsgraph/campaign#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        """;
    private static final String ZH = TestCorpus.REFERENCE_URI;

    private static ArticleConverter converter;
    private static ArticleConverter.Converted read;
    private static List<Quad> quads;
    private static DatasetGraph dsg;

    @BeforeAll
    static void mapTheReferenceArticleWithItsFacts() throws Exception {
        converter = TestCorpus.converter();
        ArticleConverter.Converted plain = converter.read(TestCorpus.REFERENCE);
        read = new ArticleConverter.Converted(plain.annotated(), facts(plain.annotated()), plain.graph(), plain.original(),
            plain.sourceSha256());
        CollectorStreamQuads collector = new CollectorStreamQuads();
        converter.write(read, collector);
        quads = collector.getCollected();
        dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> quads.forEach(dsg::add));
    }

    /** The facts of the reference article, as the campaign model records them. */
    private static CampaignReading facts(AnnotatedArticle a) {
        Sentence call = zh(a, "中共中央政治局扩大会议发出", "钢铁生产计划。");
        Evidence callEvidence = evidence(call, en(a, "Xinhua News Agency, September 4th: After", "steel production plan."), 1);
        Meeting politburo = new Meeting(MeetingKind.ENLARGED_MEETING, Optional.of(new Name("中共中央政治局扩大会议",
            Optional.of("Enlarged Meeting of the Political Bureau of the Central Committee of the Communist Party of China"))),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            List.of(entity(a, "中共中央政治局")), callEvidence);
        Target steel = new Target(Commodity.STEEL, quantity(a, "一千零七十万吨"), TargetKind.CALL, Optional.empty(),
            Optional.empty(), List.of(), List.of(entity(a, "中共中央政治局")), Optional.of(politburo), callEvidence);

        Sentence team = zh(a, "同时，全省抽调了", "投入正常生产。");
        Team medical = new Team(new Name("钢铁巡回医疗队", Optional.of("steel mobile medical team")),
            Optional.of(quantity(a, "一百四十多名")), List.of(Task.TECHNICAL_HELP), List.of(), List.of(entity(a, "河南省")),
            List.of(entity(a, "中共河南省委")), evidence(team, Optional.empty(), 0.8));
        Sentence army = zh(a, "仅洛阳和信阳两专区", "专业队。");
        Mobilisation luoyang = new Mobilisation(quantity(a, "五十七万钢铁大军"),
            List.of(entity(a, "洛阳"), entity(a, "信阳")), List.of(new Name("钢铁大军", Optional.of("steel soldiers"))),
            List.of(Task.TRANSPORT, Task.SMELTING, Task.MINING), List.of(), evidence(army, Optional.empty(), 0.8));
        Sentence daily = zh(a, "近几天来全省已有日产七千吨", "进行生产。");
        ReportedOutput henan = new ReportedOutput(Commodity.PIG_IRON, quantity(a, "日产七千吨"), Optional.empty(),
            List.of(entity(a, "河南省")), Optional.empty(), Optional.empty(),
            evidence(daily, en(a, "In recent days, iron-smelting", "throughout the province."), 0.8));

        Sentence standing = zh(a, "中共湖北省委在1日下午", "统一领导起来。");
        Meeting hubei = new Meeting(MeetingKind.STANDING_COMMITTEE_MEETING, Optional.empty(), Optional.empty(),
            Optional.of(LocalDate.of(1958, 9, 1)), Optional.of(date(a, "1日")), Optional.of(PartOfDay.AFTERNOON),
            List.of(entity(a, "中共湖北省委")), evidence(standing, Optional.empty(), 0.9));

        Sentence furnaces = zh(a, "中共江西省委决定", "达到一万吨。");
        Target jiangxi = new Target(Commodity.FURNACE, quantity(a, "两万到两万五千个"), TargetKind.DECISION, Optional.empty(),
            Optional.of(date(a, "9月份")), List.of(entity(a, "江西省")), List.of(entity(a, "中共江西省委")), Optional.empty(),
            evidence(furnaces, en(a, "The Jiangxi Provincial Committee", "reaches 10,000 tons."), 0.9));

        Sentence task = zh(a, "中共广东省委和各地委", "一斤不少。");
        Target guangdong = new Target(Commodity.STEEL, quantity(a, "二十八万吨"), TargetKind.TASK,
            Optional.of(date(a, "年底前")), Optional.empty(), List.of(entity(a, "广东省")), List.of(entity(a, "中共广东省委")),
            Optional.empty(), evidence(task, en(a, "The Guangdong Provincial Committee", "not one pound less."), 0.9));
        Sentence command = zh(a, "目前省委已由第一书记陶铸挂帅", "挂帅。");
        Leadership taoZhu = new Leadership(entity(a, "陶铸"), Optional.of(new Name("第一书记", Optional.of("first secretary"))),
            Optional.of(entity(a, "中共广东省委")), Optional.of(Commodity.STEEL), List.of(entity(a, "广东省")),
            evidence(command, Optional.empty(), 0.7));

        Sentence slogan = zh(a, "中共广西僮族自治区委员会已提出", "钢铁生产任务。");
        Slogan guangxi = new Slogan(new Name("苦战半月，保证已建高炉全部铁水畅流，转炉全部出钢", Optional.of(
            "Fighting hard for half a month to ensure that all built blast furnaces have smooth iron flow and all converters produce steel")),
            List.of(entity(a, "中共广西僮族自治区委员会")), evidence(slogan, Optional.empty(), 0.9));

        List<CampaignFact> facts = List.of(politburo, steel, medical, luoyang, henan, hubei, jiangxi, guangdong, taoZhu, guangxi);
        return new CampaignReading(facts, List.of());
    }

    @Test
    void aTargetLinksToTheValueNodesOfItsWordsAndToTheMeetingThatSetIt() {
        assertTrue(ask("""
            ASK { GRAPH ?g {
              ?call a camp:ProductionTarget ; prov:wasDerivedFrom ?zh ; camp:commodity camp:steel ;
                    camp:targetKind camp:call ; camp:campaign camp:steelCampaign1958 ;
                    camp:setBy <http://localhost:3030/organization/politburo-of-the-cpc-central-committee> ;
                    camp:setAt ?meeting ; camp:quantity ?q .
              ?meeting a camp:Meeting ; camp:meetingKind camp:enlargedMeeting ; prov:wasDerivedFrom ?zh ;
                    schema:name "中共中央政治局扩大会议"@zh .
              ?q a schema:QuantitativeValue ; schema:value "10700000.0"^^xsd:decimal ; schema:unitCode "TNE" ;
                 prov:wasDerivedFrom [ nif:anchorOf "一千零七十万吨" ] .
              FILTER NOT EXISTS { ?call camp:region ?anywhere }
            } }""", "call", ZH + "#target-1", "meeting", ZH + "#meeting-1", "zh", ZH));
        // One IRI per quantity: the fact's value node is the one the article mapper numbered for those words.
        assertEquals(List.of(ZH + "#quantity-1-value"), select("SELECT ?q { GRAPH ?g { <" + ZH + "#target-1> camp:quantity ?q } }"));
    }

    @Test
    void factsAreNumberedPerClassInTheOrderRead() {
        List<String> facts = select("SELECT ?f { GRAPH ?g { ?f prov:wasDerivedFrom <" + ZH + "> } } ORDER BY ?f");
        assertEquals(List.of("leadership-1", "meeting-1", "meeting-2", "mobilisation-1", "output-1", "slogan-1",
            "target-1", "target-2", "target-3", "team-1"),
            facts.stream().filter(f -> !f.contains("/en")).map(f -> f.substring(f.indexOf('#') + 1)).toList());
    }

    @Test
    void aFurnaceTargetIsTypedWithBothClassesAndKeepsItsPeriodAndRange() {
        assertTrue(ask("""
            ASK { GRAPH ?g {
              ?t a camp:ProductionTarget , camp:FurnaceBuildingTarget ; camp:commodity camp:furnace ;
                 camp:targetKind camp:decision ; camp:region <http://localhost:3030/place/jiangxi> ;
                 camp:setBy <http://localhost:3030/place/jiangxi/cpc-committee> ;
                 camp:quantity [ schema:minValue "20000.0"^^xsd:decimal ; schema:maxValue "25000.0"^^xsd:decimal ; schema:unitCode "C62" ] ;
                 camp:period [ a ng:TimeReference ; ng:from "1958-09-01"^^xsd:date ; ng:to "1958-09-30"^^xsd:date ] .
            } }""", "t", ZH + "#target-2"));
        assertTrue(ask("""
            ASK { GRAPH ?g {
              ?t a camp:ProductionTarget ; camp:targetKind camp:assignedTask ; camp:region <http://localhost:3030/place/guangdong> ;
                 camp:deadline [ ng:to "1958-12-31"^^xsd:date ; prov:wasDerivedFrom [ nif:anchorOf "年底前" ] ] .
              FILTER NOT EXISTS { ?t a camp:FurnaceBuildingTarget }
            } }""", "t", ZH + "#target-3"));
    }

    @Test
    void outputsMobilisationsTeamsMeetingsLeadershipAndSlogans() {
        assertTrue(ask("""
            ASK { GRAPH ?g {
              ?output a camp:ReportedOutput ; camp:commodity camp:pigIron ; camp:region <http://localhost:3030/place/henan> ;
                      camp:quantity [ schema:value "7000.0"^^xsd:decimal ; ng:ratePeriod "P1D"^^xsd:duration ] ;
                      camp:campaign camp:steelCampaign1958 .
              ?army a camp:Mobilisation ; camp:participants [ schema:value "570000.0"^^xsd:decimal ; schema:unitCode "IE" ] ;
                    camp:region <http://localhost:3030/place/luoyang> , <http://localhost:3030/place/xinyang> ;
                    camp:forceName "钢铁大军"@zh , "steel soldiers"@en ; camp:task camp:transport , camp:smelting , camp:mining .
              ?team a camp:Team ; schema:name "钢铁巡回医疗队"@zh , "steel mobile medical team"@en ;
                    camp:members [ schema:minValue "140.0"^^xsd:decimal ] ; camp:task camp:technicalHelp ;
                    camp:organisedBy <http://localhost:3030/place/henan/cpc-committee> .
              ?meeting a camp:Meeting ; camp:meetingKind camp:standingCommitteeMeeting ;
                       schema:startDate "1958-09-01"^^xsd:date ; camp:partOfDay camp:afternoon ;
                       camp:dateReference [ ng:date "1958-09-01"^^xsd:date ] ;
                       schema:organizer <http://localhost:3030/place/hubei/cpc-committee> .
              ?lead a camp:LeadershipAssignment ; camp:leader <http://localhost:3030/person/tao-zhu> ;
                    camp:role "第一书记"@zh , "first secretary"@en ; camp:roleIn <http://localhost:3030/place/guangdong/cpc-committee> ;
                    camp:commodity camp:steel ; camp:region <http://localhost:3030/place/guangdong> .
              ?slogan a camp:Slogan ; schema:text "苦战半月，保证已建高炉全部铁水畅流，转炉全部出钢"@zh ;
                      schema:creator <http://localhost:3030/place/guangxi-zhuang-autonomous-region/cpc-committee> .
            } }""", "output", ZH + "#output-1", "army", ZH + "#mobilisation-1", "team", ZH + "#team-1",
            "meeting", ZH + "#meeting-2", "lead", ZH + "#leadership-1", "slogan", ZH + "#slogan-1"));
        // A fact says nothing of a commodity is put in no campaign: neither the slogan nor a team without one.
        assertFalse(ask("ASK { GRAPH ?g { ?f camp:campaign ?c } }", "f", ZH + "#slogan-1"));
        assertFalse(ask("ASK { GRAPH ?g { ?f camp:campaign ?c } }", "f", ZH + "#team-1"));
    }

    @Test
    void eachFactHasOneAnnotationOnItsChineseSentenceAndTheAlignedEnglishOne() {
        List<String> words = select("""
            SELECT ?words { GRAPH ?g {
              ?e a oa:Annotation ; oa:hasBody ?f ; ng:method ng:campaignPattern ; ng:confidence 0.9 ; oa:hasTarget ?span .
              ?span nif:anchorOf ?words .
              BIND(IRI(STRBEFORE(STR(?span), "#")) AS ?text)
              ?text schema:inLanguage ?lang .
            } } ORDER BY DESC(?lang)""", "e", ZH + "#target-3-evidence", "f", ZH + "#target-3");
        assertEquals(2, words.size(), words.toString());
        assertTrue(words.get(0).contains("二十八万吨") && words.get(0).startsWith("中共广东省委"), words.get(0));
        assertTrue(words.get(1).contains("280,000 tons"), words.get(1));
        assertEquals(List.of("1"), select("SELECT (COUNT(?t) AS ?n) { GRAPH ?g { ?e oa:hasTarget ?t } }",
            "e", ZH + "#slogan-1-evidence"));
    }

    @Test
    void aSpanIsWrittenOnceThoughTwoFactsAndTheirWordsShareIt() {
        assertEquals(quads.size(), new java.util.HashSet<>(quads).size());
        // The call and its meeting are read from one sentence: one span, two annotations pointing at it.
        List<String> spans = select("""
            SELECT DISTINCT ?span { GRAPH ?g { ?e1 oa:hasTarget ?span . ?e2 oa:hasTarget ?span .
              ?span nif:anchorOf ?words . FILTER(?e1 != ?e2 && STRSTARTS(?words, "中共中央政治局扩大会议发出")) } }""");
        assertEquals(1, spans.size(), spans.toString());
        assertEquals(List.of("1"), select("SELECT (COUNT(?w) AS ?n) { GRAPH ?g { ?s nif:anchorOf ?w } }", "s", spans.get(0)));
    }

    @Test
    void theGraphWithItsFactsConformsToTheShapes() throws Exception {
        Graph g = dsg.getGraph(read.graph());
        assertTrue(g.size() > 0);
        assertEquals(List.of(), ArticleShapes.loadBundled().violations(g));
    }

    @Test
    void aFactPointingToAMeetingNotAmongTheFactsIsRefused() throws Exception {
        AnnotatedArticle a = read.annotated();
        Evidence ev = read.facts().facts().get(0).evidence();
        Meeting unknown = new Meeting(MeetingKind.MEETING, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), ev);
        Target target = new Target(Commodity.STEEL, quantity(a, "一千零七十万吨"), TargetKind.CALL, Optional.empty(),
            Optional.empty(), List.of(), List.of(), Optional.of(unknown), ev);
        ArticleConverter.Converted bad = new ArticleConverter.Converted(a, new CampaignReading(List.of(target), List.of()),
            read.graph(), read.original(), read.sourceSha256());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> converter.write(bad, StreamRDFLib.sinkNull()));
        assertTrue(e.getMessage().contains("not among the article's facts"), e.getMessage());
    }

    private static Sentence zh(AnnotatedArticle a, String from, String through) {
        return sentence(a.article().originalBody().text(), Language.ZH, from, through);
    }

    private static Optional<Sentence> en(AnnotatedArticle a, String from, String through) {
        return Optional.of(sentence(a.article().translationBody().text(), Language.EN, from, through));
    }

    private static Sentence sentence(String body, Language lang, String from, String through) {
        int begin = body.indexOf(from);
        int end = body.indexOf(through, begin) + through.length();
        assertTrue(begin >= 0 && end > begin, from);
        return new Sentence(lang, Span.ofChars(body, begin, end), body.substring(begin, end));
    }

    private static Evidence evidence(Sentence zh, Optional<Sentence> en, double confidence) {
        return new Evidence(zh, en, ExtractionMethod.CAMPAIGN_PATTERN, confidence);
    }

    private static EntityRef entity(AnnotatedArticle a, String words) {
        return a.mentions().stream().filter(m -> m.lang() == Language.ZH && m.text().equals(words)).findFirst()
            .orElseThrow(() -> new AssertionError("no mention " + words)).entity();
    }

    private static Quantity quantity(AnnotatedArticle a, String words) {
        return a.quantities().stream().filter(q -> q.lang() == Language.ZH && q.text().equals(words)).findFirst()
            .orElseThrow(() -> new AssertionError("no amount " + words));
    }

    private static TimeExpression date(AnnotatedArticle a, String words) {
        return a.dates().stream().filter(t -> t.lang() == Language.ZH && t.text().equals(words)).findFirst()
            .orElseThrow(() -> new AssertionError("no date " + words));
    }

    /** A query with its variables bound to IRIs, pairs of name and IRI. */
    private static String query(String text, String... bindings) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + text);
        for (int i = 0; i < bindings.length; i += 2)
            q.setIri(bindings[i], bindings[i + 1]);
        return q.toString();
    }

    private static boolean ask(String text, String... bindings) {
        String q = query(text, bindings);
        return dsg.calculateRead(() -> QueryExec.dataset(dsg).query(q).ask());
    }

    private static List<String> select(String text, String... bindings) {
        String q = query(text, bindings);
        return dsg.calculateRead(() -> {
            RowSet rows = QueryExec.dataset(dsg).query(q).select();
            List<String> values = new ArrayList<>();
            rows.forEachRemaining(b -> {
                Node n = b.get(b.vars().next());
                values.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI());
            });
            return values;
        });
    }
}
