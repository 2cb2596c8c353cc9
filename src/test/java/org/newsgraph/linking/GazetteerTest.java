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
        assertEquals(31 + 325 + 6, gazetteer.find(Node.ANY, NG.gbCode, Node.ANY).toList().size());
        assertEquals(695, gazetteer.find(Node.ANY, Node.ANY, Node.ANY).toList().stream()
            .filter(t -> t.getObject().isURI() && t.getObject().getURI().endsWith("source/china-itinerary-planner-cities"))
            .count());
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
        for (Node e : entities) {
            assertTrue(gazetteer.contains(e, NG.linkStatus, Node.ANY), e.toString());
            assertTrue(gazetteer.contains(e, org.newsgraph.rdf.Prov.wasDerivedFrom, Node.ANY), e.toString());
        }
    }

    @Test
    void aSourceWithABadIdentifierIsRefused(@TempDir Path dir) throws Exception {
        for (String f : List.of(GazetteerBuilder.NEWLOOK, GazetteerBuilder.CITIES, GazetteerBuilder.SEED))
            Files.copy(SOURCES.resolve(f), dir.resolve(f));
        Files.writeString(dir.resolve(GazetteerBuilder.SEED),
            Files.readString(dir.resolve(GazetteerBuilder.SEED)).replace("Q43684", "43684"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GazetteerBuilder.build(dir));
        assertTrue(e.getMessage().contains("line 2: not a Wikidata item identifier: '43684'"), e.getMessage());
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
