package org.newsgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.rdf.SchemaOrg;

class GazetteerTest {

    static final Path SOURCES = Path.of("rdf", "sources", "gazetteer");
    static final Path PUBLISHED = Path.of("rdf", "gazetteer.ttl");
    private static Graph gazetteer;

    @BeforeAll
    static void read() {
        gazetteer = GraphFactory.createDefaultGraph();
        RDFParser.source(PUBLISHED).base(TestCorpus.BASE).parse(gazetteer);
    }

    @Test
    void publishedGazetteerIsUpToDateWithItsSources() throws Exception {
        Graph built = GazetteerBuilder.build(SOURCES);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        GazetteerBuilder.write(built, out);
        Graph rebuilt = GraphFactory.createDefaultGraph();
        RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), org.apache.jena.riot.Lang.TURTLE)
            .base(TestCorpus.BASE).parse(rebuilt);
        assertTrue(IsoMatcher.isomorphic(rebuilt, gazetteer),
            PUBLISHED + " is out of date: regenerate it with: java -jar target/newsgraph.jar gazetteer");
    }

    @Test
    void everySeedRowIsThereWithItsStatus() throws Exception {
        List<String> lines = Files.readAllLines(SOURCES.resolve(GazetteerBuilder.SEED));
        int rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells[3].equals("class"))
                continue;
            rows++;
            Node entity = byName(cells[0], cells[1]);
            Node wd = cells[4].isEmpty() ? null : NodeFactory.createURI(Namespaces.WIKIDATA_ENTITY + cells[4]);
            switch (cells[7]) {
                case "verified" -> {
                    assertTrue(gazetteer.contains(entity, OWL.sameAs.asNode(), wd), cells[0]);
                    assertTrue(gazetteer.contains(entity, NG.linkStatus, NG.Verified), cells[0]);
                }
                case "verified-with-caveat" -> {
                    assertFalse(gazetteer.contains(entity, OWL.sameAs.asNode(), Node.ANY), cells[0]);
                    assertTrue(gazetteer.contains(entity, SKOS.closeMatch.asNode(), wd), cells[0]);
                    assertTrue(gazetteer.contains(entity, NG.linkStatus, NG.VerifiedWithCaveat), cells[0]);
                }
                case "not-found" -> {
                    assertFalse(gazetteer.contains(entity, OWL.sameAs.asNode(), Node.ANY), cells[0]);
                    assertFalse(gazetteer.contains(entity, SKOS.closeMatch.asNode(), Node.ANY), cells[0]);
                    assertTrue(gazetteer.contains(entity, NG.linkStatus, NG.NotFound), cells[0]);
                }
                default -> throw new AssertionError(cells[7]);
            }
        }
        assertEquals(30, rows);
    }

    @Test
    void theReferenceArticlesPlaces() {
        Node guangxi = byName("Guangxi Zhuang Autonomous Region", "广西壮族自治区");
        assertTrue(gazetteer.contains(guangxi, SchemaOrg.alternateName, NodeFactory.createLiteralLang("广西僮族自治区", "zh")),
            "the 1958 spelling");
        assertTrue(gazetteer.contains(guangxi, RDF.type.asNode(), NG.AutonomousRegion));
        Node luoyang = byName("Luoyang", "洛阳市");
        assertTrue(gazetteer.contains(luoyang, SchemaOrg.alternateName, NodeFactory.createLiteralLang("洛阳专区", "zh")));
        assertTrue(gazetteer.contains(luoyang, SchemaOrg.containedInPlace, byName("Henan", "河南省")));
        assertTrue(gazetteer.contains(luoyang, SchemaOrg.alternateName, NodeFactory.createLiteralLang("洛陽市", "zh")),
            "the Traditional form the city list gives");
        // 海南 is the 1958 district; the generated short form of 海南藏族自治州 (Qinghai) is left out.
        List<Node> hainan = gazetteer.find(Node.ANY, Node.ANY, NodeFactory.createLiteralLang("海南", "zh"))
            .mapWith(Triple::getSubject).toList();
        assertEquals(List.of(byName("Hainan", "海南")), hainan);
    }

    @Test
    void allProvinceAndPrefectureLevelUnitsAndCities() {
        Set<Node> provinceLevel = new HashSet<>();
        for (Node type : List.of(NG.Province, NG.AutonomousRegion, NG.Municipality))
            gazetteer.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> provinceLevel.add(t.getSubject()));
        provinceLevel.removeIf(s -> !gazetteer.contains(s, NG.gbCode, Node.ANY));
        assertEquals(31, provinceLevel.size());
        assertEquals(31 + 325, gazetteer.find(Node.ANY, NG.gbCode, Node.ANY).toList().stream()
            .filter(t -> t.getObject().getLiteralLexicalForm().length() <= 4).count());
        assertEquals(695, gazetteer.find(Node.ANY, Node.ANY, Node.ANY).toList().stream()
            .filter(t -> t.getObject().isURI() && t.getObject().getURI().endsWith("source/china-itinerary-planner-cities"))
            .count());
    }

    @Test
    void theIrisOfTheGazetteerBeforeTheCodeHistoryAreKept() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (String iri : Files.readAllLines(Path.of("src", "test", "resources", "gazetteer", "cited-iris.txt")))
            if (!gazetteer.contains(NodeFactory.createURI(TestCorpus.BASE + iri), Node.ANY, Node.ANY))
                missing.add(iri);
        assertEquals(Set.of(), missing);
    }

    @Test
    void yiduOfShandongEndedIn1986AndWasReplacedByQingzhou() {
        Node yidu = unit("益都县");
        assertEquals(Set.of("370721", "372221"), codes(yidu));
        assertTrue(gazetteer.contains(yidu, SchemaOrg.containedInPlace, byName("Weifang", "潍坊市")));
        assertTrue(gazetteer.contains(yidu, SchemaOrg.containedInPlace, byName("Shandong", "山东省")));
        assertTrue(gazetteer.contains(yidu, NG.existedUntil, year(1986)));
        assertFalse(gazetteer.contains(yidu, NG.existedFrom, Node.ANY), "in use in the data's first year");
        Node qingzhou = byName("Qingzhou", "青州市");
        assertTrue(gazetteer.contains(yidu, DCTerms.isReplacedBy.asNode(), qingzhou));
        assertTrue(gazetteer.contains(qingzhou, DCTerms.replaces.asNode(), yidu));
        assertTrue(gazetteer.contains(yidu, NG.linkStatus, NG.NotFound));
        assertFalse(gazetteer.contains(yidu, OWL.sameAs.asNode(), Node.ANY));
        assertTrue(gazetteer.contains(yidu, SchemaOrg.alternateName, NodeFactory.createLiteralLang("Yidu", "en")),
            "the pinyin, an alias beside Yidu (宜都市) of the city list");
        // 宜都市 of Hubei is another entity and keeps its Wikidata link.
        Node yiduHubei = byName("Yidu", "宜都市");
        assertTrue(gazetteer.contains(yiduHubei, OWL.sameAs.asNode(), NodeFactory.createURI(Namespaces.WIKIDATA_ENTITY + "Q282948")));
        assertFalse(gazetteer.contains(yiduHubei, NG.gbCode, NodeFactory.createLiteralString("370721")));
    }

    @Test
    void laiyangCountyAndLaiyangCityAreOneEntityWithTheirNamesCodesAndShortForm() {
        Node laiyang = byName("Laiyang", "莱阳市");
        assertEquals(laiyang, unit("莱阳县"));
        assertEquals(Set.of("372127", "370627", "379008", "370682"), codes(laiyang));
        assertTrue(gazetteer.contains(laiyang, SchemaOrg.alternateName, NodeFactory.createLiteralLang("莱阳县", "zh")));
        assertTrue(gazetteer.contains(laiyang, SchemaOrg.alternateName, NodeFactory.createLiteralLang("莱阳", "zh")));
        List<Node> periods = gazetteer.find(laiyang, NG.nameInUse, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(4, periods.size());
        Node county1983 = periods.stream().filter(n -> gazetteer.contains(n, NG.gbCode, NodeFactory.createLiteralString("370627")))
            .findFirst().orElseThrow();
        assertTrue(gazetteer.contains(county1983, SchemaOrg.name, NodeFactory.createLiteralLang("莱阳县", "zh")));
        assertTrue(gazetteer.contains(county1983, NG.inUseFrom, year(1983)));
        assertTrue(gazetteer.contains(county1983, NG.inUseUntil, year(1987)));
        assertTrue(gazetteer.contains(county1983, RDF.type.asNode(), NG.NameInUse));
    }

    @Test
    void xinxingWasCreatedIn2021AndJuCountyHasNoShortForm() {
        assertTrue(gazetteer.contains(byName("Xinxing", "新星市"), NG.existedFrom, year(2021)));
        Node ju = unit("莒县");
        assertFalse(gazetteer.contains(Node.ANY, Node.ANY, NodeFactory.createLiteralLang("莒", "zh")));
        assertTrue(gazetteer.contains(ju, SchemaOrg.containedInPlace, byName("Rizhao", "日照市")));
    }

    @Test
    void aShortFormThatIsAnOrdinaryWordOrNamesTwoUnitsIsLeftOut() {
        // 合作市 and 东方市: "cooperation" and "east" to HanLP; 大同 is the prefecture-level city's, not that of 大同县,
        // which existed beside it.
        for (String word : List.of("合作", "东方"))
            assertFalse(gazetteer.contains(Node.ANY, SchemaOrg.alternateName, NodeFactory.createLiteralLang(word, "zh")), word);
        assertEquals(List.of(byName("Datong", "大同市")), gazetteer.find(Node.ANY, SchemaOrg.alternateName,
            NodeFactory.createLiteralLang("大同", "zh")).mapWith(Triple::getSubject).toList());
        // 临沂 is shared by units that never existed beside today's prefecture-level city (from 1994): the county
        // (临沂县, later 临沂市) and the prefecture (临沂地区), both until 1994. The article's date tells them apart.
        assertEquals(Set.of(byName("Linyi", "临沂市"), unit("临沂县"), unit("临沂地区")),
            gazetteer.find(Node.ANY, SchemaOrg.alternateName, NodeFactory.createLiteralLang("临沂", "zh"))
                .mapWith(Triple::getSubject).toSet());
        assertTrue(gazetteer.contains(unit("苍山县"), SchemaOrg.alternateName, NodeFactory.createLiteralLang("苍山", "zh")));
    }

    @Test
    void everyCountyLevelUnitSince1981IsAnEntity() throws Exception {
        Set<String> countyCodes = new HashSet<>();
        for (String line : Files.readAllLines(SOURCES.resolve(GazetteerBuilder.AREACODES)))
            if (line.contains(",县级,"))
                countyCodes.add(line.substring(0, 6));
        Set<Node> units = new HashSet<>();
        gazetteer.find(Node.ANY, NG.gbCode, Node.ANY).forEach(t -> {
            if (!gazetteer.contains(t.getSubject(), RDF.type.asNode(), NG.NameInUse) && countyCodes.contains(t.getObject().getLiteralLexicalForm()))
                units.add(t.getSubject());
        });
        long countyLevel = units.stream().filter(u -> gazetteer.find(u, RDF.type.asNode(), Node.ANY).toList().stream()
            .anyMatch(t -> COUNTY_LEVEL.contains(t.getObject()))).count();
        assertEquals(COUNTY_LEVEL_ENTITIES, countyLevel);
        assertTrue(countyLevel < countyCodes.size(), "rows of one unit are one entity");
    }

    @Test
    void aQuotedCommaInTheCityListIsRead(@TempDir Path dir) throws Exception {
        copySources(dir);
        Path cities = dir.resolve(GazetteerBuilder.CITIES);
        Files.writeString(cities, Files.readString(cities).replace(",Laiyang,莱阳市,", ",\"Laiyang, Shandong\",莱阳市,"));
        Graph g = GazetteerBuilder.build(dir);
        assertTrue(g.contains(Node.ANY, SchemaOrg.name, NodeFactory.createLiteralLang("Laiyang, Shandong", "en")));
    }

    @Test
    void aMalformedCodeHistoryRowIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        copySources(dir);
        Path codes = dir.resolve(GazetteerBuilder.AREACODES);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(codes));
        int line = lines.indexOf(lines.stream().filter(l -> l.startsWith("370721,")).findFirst().orElseThrow());
        lines.set(line, lines.get(line).replace(",1983,1986,", ",1983,198x,"));
        Files.write(codes, lines);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GazetteerBuilder.build(dir));
        assertEquals(codes + ":" + (line + 1) + ": not a year in 变更/弃用时间: '198x'", e.getMessage());
    }

    private static final Set<Node> COUNTY_LEVEL = Set.of(NG.County, NG.AutonomousCounty, NG.CountyLevelCity,
        NG.District, NG.Banner, NG.AutonomousBanner, SchemaOrg.AdministrativeArea);
    /** County-level units of areacodes-history.csv as entities (rows of one unit joined), as built. */
    private static final long COUNTY_LEVEL_ENTITIES = 3485;

    private static void copySources(Path dir) throws Exception {
        for (String f : List.of(GazetteerBuilder.NEWLOOK, GazetteerBuilder.CITIES, GazetteerBuilder.SEED, GazetteerBuilder.AREACODES))
            Files.copy(SOURCES.resolve(f), dir.resolve(f));
    }

    private static Node unit(String nameInUse) {
        List<Node> units = gazetteer.find(Node.ANY, SchemaOrg.name, NodeFactory.createLiteralLang(nameInUse, "zh"))
            .mapWith(Triple::getSubject).toList().stream().filter(n -> gazetteer.contains(n, RDF.type.asNode(), NG.NameInUse))
            .flatMap(period -> gazetteer.find(Node.ANY, NG.nameInUse, period).mapWith(Triple::getSubject).toList().stream())
            .distinct().toList();
        assertEquals(1, units.size(), nameInUse + ": " + units);
        return units.get(0);
    }

    private static Set<String> codes(Node entity) {
        return new HashSet<>(gazetteer.find(entity, NG.gbCode, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList());
    }

    private static Node year(int year) {
        return NodeFactory.createLiteralDT(Integer.toString(year), org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear);
    }

    @Test
    void everyWikidataIdentifierComesFromASource() throws Exception {
        Set<String> inSources = new HashSet<>();
        Matcher m = Pattern.compile("\\bQ[1-9][0-9]*\\b").matcher(
            Files.readString(SOURCES.resolve(GazetteerBuilder.NEWLOOK)) + Files.readString(SOURCES.resolve(GazetteerBuilder.CITIES))
                + Files.readString(SOURCES.resolve(GazetteerBuilder.SEED)));
        while (m.find())
            inSources.add(m.group());
        Set<String> invented = new TreeSet<>();
        gazetteer.find().forEach(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(Namespaces.WIKIDATA_ENTITY)
                && !inSources.contains(t.getObject().getURI().substring(Namespaces.WIKIDATA_ENTITY.length())))
                invented.add(t.getObject().getURI());
        });
        assertEquals(Set.of(), invented);
        long linked = gazetteer.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).toList().size();
        assertTrue(linked > 700, "linked entities: " + linked);
    }

    @Test
    void everyEntityStatesItsLinkStatusAndSources() {
        Set<Node> entities = new HashSet<>(gazetteer.find(Node.ANY, SchemaOrg.name, Node.ANY).mapWith(Triple::getSubject).toList());
        entities.removeIf(n -> gazetteer.contains(n, RDF.type.asNode(), NG.NameInUse));
        for (Node e : entities) {
            assertTrue(gazetteer.contains(e, NG.linkStatus, Node.ANY), e.toString());
            assertTrue(gazetteer.contains(e, org.newsgraph.rdf.Prov.wasDerivedFrom, Node.ANY), e.toString());
        }
    }

    @Test
    void aSourceWithABadIdentifierIsRefused(@TempDir Path dir) throws Exception {
        copySources(dir);
        Files.writeString(dir.resolve(GazetteerBuilder.SEED),
            Files.readString(dir.resolve(GazetteerBuilder.SEED)).replace("Q43684", "43684"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GazetteerBuilder.build(dir));
        assertEquals(dir.resolve(GazetteerBuilder.SEED) + ":2: not a Wikidata item identifier: '43684'", e.getMessage());
    }

    private static Node byName(String en, String zh) {
        Set<Node> withEn = new HashSet<>(gazetteer.find(Node.ANY, SchemaOrg.name, NodeFactory.createLiteralLang(en, "en"))
            .mapWith(Triple::getSubject).toList());
        List<Node> both = gazetteer.find(Node.ANY, SchemaOrg.name, NodeFactory.createLiteralLang(zh, "zh"))
            .mapWith(Triple::getSubject).toList().stream().filter(withEn::contains).toList();
        assertEquals(1, both.size(), en + " / " + zh + ": " + both);
        return both.get(0);
    }
}
