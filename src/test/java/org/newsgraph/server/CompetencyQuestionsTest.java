package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.store.NewsgraphStore;

/**
 * The twelve competency questions of the campaign ontology ({@code ontology/competency-questions/cqNN.rq}), each
 * asked as it stands over HTTP of a real server holding the bundled corpus, answered as the reference article
 * (1958-09-05, 中南六省区增强工业战线 领导重心转向钢铁) says. CQ12 reaches a local stand-in for Wikidata, as
 * {@link FederationTest} does.
 */
class CompetencyQuestionsTest {

    private static final Path QUESTIONS = Path.of("ontology", "competency-questions");
    private static final String ARTICLE = TestCorpus.REFERENCE_URI;

    @TempDir
    static Path dir;
    private static NewsgraphStore store;
    private static WikidataStandIn wikidata;
    private static NewsgraphServer server;
    private static String standIn;

    @BeforeAll
    static void start() {
        wikidata = WikidataStandIn.start("wikidata");
        standIn = wikidata.endpoint("wikidata");
        store = NewsgraphStore.open(dir.resolve("tdb2"));
        TestCorpus.loadInto(store);
        server = NewsgraphServer.builder().dataset(store.dataset()).port(0).allowService(standIn).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        wikidata.close();
        store.close();
    }

    @Test
    void cq01PageOneOfTheFifthOfSeptember() {
        List<String> rows = ask("cq01", "headlineEn", "headlineZh");
        assertTrue(rows.contains("Central South Six Provinces and Regions Strengthen the Industrial Front: Leadership Focus "
            + "Shifts to Steel|中南六省区增强工业战线  领导重心转向钢铁"), rows.toString());
        assertTrue(ask("cq01", "article").contains(ARTICLE));
    }

    @Test
    void cq02TheSixProvincesAndRegionsWithTheirWikidataItems() {
        assertEquals(List.of("Guangdong|Q15175", "Guangxi Zhuang Autonomous Region|Q15176", "Henan|Q43684", "Hubei|Q46862",
            "Hunan|Q45761", "Jiangxi|Q57052"), ask("cq02", "place", "qid"));
    }

    @Test
    void cq03TheNationalTargetCalledForByThePolitburo() {
        List<String> rows = distinct(ask("cq03", "commodity", "amount", "unit", "kind", "meeting", "calledBy"));
        assertEquals(List.of("steel|10700000|TNE|call|enlargedMeeting|Politburo of the CPC Central Committee"), rows);
        // For 1958: a rate per year, or the year as its period.
        List<String> when = distinct(ask("cq03", "per", "from", "to"));
        assertEquals(1, when.size(), when.toString());
        assertTrue(when.get(0).startsWith("P1Y|") || when.get(0).endsWith("|1958-01-01|1958-12-31"), when.toString());
    }

    @Test
    void cq04TheFourTargetsByRegion() {
        assertEquals(List.of(
            "Guangdong|steel|280000|||TNE||1958-12-31||",
            "Hunan|pigIron|10000|||TNE|P1D|1958-09-30||",
            "Jiangxi|furnace||20000|25000|C62|||1958-09-01|1958-09-30",
            "Jiangxi|pigIron|10000|||TNE|P1D|||"),
            ask("cq04", "region", "commodity", "amount", "min", "max", "unit", "per", "deadline", "from", "to"));
    }

    @Test
    void cq05ThreeMobilisations() {
        List<String> rows = ask("cq05", "regions", "people", "atLeast").stream()
            .map(CompetencyQuestionsTest::sortedList).sorted().toList();
        assertEquals(List.of("Huanjiang, Ningming||10000", "Hubei|1000000|", "Luoyang, Xinyang|570000|"), rows);
    }

    @Test
    void cq06TheLeaderInCommandOfSteelAndThePhotographer() {
        List<String> rows = ask("cq06", "person", "role", "of", "commands");
        assertEquals(List.of("Tao Zhu|first secretary|Guangdong Committee of the Communist Party of China|steel",
            "Yang Limen|photographer||"), rows);
    }

    @Test
    void cq07ThreeDatedMeetings() {
        assertEquals(List.of(
            "1958-09-01|afternoon|standingCommitteeMeeting|Hubei Committee of the Communist Party of China|",
            "1958-09-01|evening|telephoneConference|Hubei Committee of the Communist Party of China|",
            "1958-09-02|evening|broadcastRally|Hunan Committee of the Communist Party of China, Hunan People's Committee|动员全省人民向钢铁大进军"),
            ask("cq07", "date", "partOfDay", "kind", "organisers", "title").stream()
                .map(CompetencyQuestionsTest::sortedList).toList());
    }

    @Test
    void cq08GuangxisSloganInBothLanguages() {
        List<String> rows = ask("cq08", "zh", "en");
        assertEquals(1, rows.size(), rows.toString());
        String[] zhEn = rows.get(0).split("\\|", -1);
        assertEquals("苦战半月，保证已建高炉全部铁水畅流，转炉全部出钢", zhEn[0]);
        assertTrue(zhEn[1].startsWith("Fighting hard for half a month to ensure that all built blast furnaces have "
            + "smooth iron flow and all converters produce steel"), zhEn[1]);
    }

    @Test
    void cq09TheSentencesThatSupportGuangdongsTarget() {
        List<String> rows = ask("cq09", "lang", "begin", "end", "words");
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("zh|") && rows.get(0).contains("二十八万吨"), rows.get(0));
        assertTrue(rows.get(1).startsWith("en|") && rows.get(1).contains("280,000"), rows.get(1));
        // The offsets re-read the words from each article's body.
        for (String row : rows) {
            String[] r = row.split("\\|", -1);
            ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX schema: <https://schema.org/>
                SELECT ?words { ?a schema:inLanguage ?lang ; schema:articleBody ?body .
                  BIND(SUBSTR(?body, ?begin + 1, ?end - ?begin) AS ?words) }""");
            q.setIri("a", r[0].equals("zh") ? ARTICLE : ARTICLE + "/en");
            q.setLiteral("lang", r[0]);
            q.setLiteral("begin", Integer.parseInt(r[1]));
            q.setLiteral("end", Integer.parseInt(r[2]));
            assertEquals(List.of(r[3]), rows(q.toString(), "words"));
        }
    }

    @Test
    void cq10TheTeams() {
        List<String> rows = ask("cq10", "name", "region", "members", "tasks", "carries").stream()
            .map(CompetencyQuestionsTest::sortedList).toList();
        // Henan's medical team and Luoyang's two divisions; Guangxi formed a medical team of its own.
        assertEquals(List.of("巡回钢铁医疗队|Guangxi Zhuang Autonomous Region||technicalHelp|",
            "钢铁巡回医疗队|Henan|140|technicalHelp|", "汽车师|Luoyang||transport|coal, ore",
            "马车师|Luoyang||transport|coal, ore"), rows);
    }

    @Test
    void cq11WhatWasProducedIsNoTarget() {
        assertEquals(List.of("Henan|pigIron|7000|TNE|P1D|"), ask("cq11", "region", "commodity", "amount", "unit", "per",
            "answers"));
        assertEquals(List.of(), rows("""
            PREFIX schema: <https://schema.org/>
            PREFIX camp: <https://w3id.org/newsgraph/campaign#>
            SELECT ?t { ?t a camp:ProductionTarget ; camp:quantity/schema:value ?v FILTER(?v = 7000) }""", "t"));
    }

    @Test
    void cq12TheSixRegionsWithTheirCoordinates() {
        assertEquals(List.of("Guangdong|Point(113.5 23.4)", "Guangxi Zhuang Autonomous Region|Point(108.3 23.6)",
            "Henan|Point(113.5 33.9)", "Hubei|Point(112.3 31.2)", "Hunan|Point(111.8 27.6)", "Jiangxi|Point(116 27.3)"),
            rows(question("cq12").replace(FederationTest.WIKIDATA, standIn), "place", "coordinates"));
    }

    /** The answers to a question, each row its chosen variables' lexical forms joined by |, unbound as empty. */
    private static List<String> ask(String question, String... vars) {
        return rows(question(question), vars);
    }

    private static String question(String name) {
        String text = TestCorpus.read(QUESTIONS.resolve(name + ".rq"));
        assertTrue(text.startsWith("# CQ"), name + " states its question");
        return text;
    }

    private static List<String> rows(String query, String... vars) {
        List<String> rows = new ArrayList<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service("http://localhost:" + server.port() + "/sparql").query(query).build()) {
            RowSet rs = exec.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                rows.add(Arrays.stream(vars).map(v -> lexical(b.get(v))).collect(Collectors.joining("|")));
            }
        }
        return rows;
    }

    /** A term as text; a number without the trailing zeros of its stored form (TDB2 writes 7000 as 7000.0). */
    private static String lexical(Node n) {
        if (n == null)
            return "";
        if (n.isURI())
            return n.getURI();
        if (n.getLiteralValue() instanceof Number)
            return new BigDecimal(n.getLiteralLexicalForm()).stripTrailingZeros().toPlainString();
        return n.getLiteralLexicalForm();
    }

    private static List<String> distinct(List<String> rows) {
        return new ArrayList<>(new TreeSet<>(rows));
    }

    /** A row whose grouped columns ("b, a") are put in order, since GROUP_CONCAT keeps none. */
    private static String sortedList(String row) {
        return Arrays.stream(row.split("\\|", -1))
            .map(c -> c.contains(", ") ? String.join(", ", new TreeSet<>(Set.of(c.split(", ")))) : c)
            .collect(Collectors.joining("|"));
    }
}
