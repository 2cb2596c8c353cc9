package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.TestCorpus;

class ArticleShapesTest {

    private static final ArticleShapes SHAPES = load();

    static List<Path> bundled() { return TestCorpus.files(); }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledArticleConforms(Path file) throws Exception {
        assertEquals(List.of(), SHAPES.violations(graphOf(file)));
    }

    @Test
    void aGraphThatBreaksTheShapesIsReported() throws Exception {
        Graph g = graphOf(TestCorpus.REFERENCE);
        Node original = NodeFactory.createURI(TestCorpus.REFERENCE_URI);
        Node translation = NodeFactory.createURI(TestCorpus.REFERENCE_URI + "/en");
        g.remove(original, SchemaOrg.headline, Node.ANY);
        g.add(translation, SchemaOrg.datePublished, NodeFactory.createLiteralDT("1958-09-05", XSDDatatype.XSDdate));
        g.add(translation, NodeFactory.createURI(SchemaOrg.NS + "translator"), NodeFactory.createURI("http://example.org/someone"));
        g.add(original, SchemaOrg.printPage, NodeFactory.createLiteralString("first"));
        List<String> violations = SHAPES.violations(g);
        assertEquals(5, violations.size(), String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.contains("headline") && v.contains("exactly one headline")));
        assertTrue(violations.stream().anyMatch(v -> v.contains("translator")));
        assertTrue(violations.stream().anyMatch(v -> v.contains("datePublished") && v.contains("translation")));
        assertTrue(violations.stream().filter(v -> v.contains("printPage")).count() == 2, "two pages, one not a number");
    }

    @Test
    void aSpanWithoutItsWordsIsReported() throws Exception {
        Graph g = graphOf(TestCorpus.REFERENCE);
        Node span = NodeFactory.createURI(TestCorpus.REFERENCE_URI + "#char=120,123");
        assertTrue(g.contains(span, NIF.anchorOf, Node.ANY));
        g.remove(span, NIF.anchorOf, Node.ANY);
        List<String> violations = SHAPES.violations(g);
        assertEquals(1, violations.size(), String.join("\n", violations));
        assertTrue(violations.get(0).contains("#char=120,123>") && violations.get(0).contains("quotes its words"), violations.get(0));
    }

    @Test
    void anAnnotationWithoutATargetOrPointingToNoSpanIsReported() throws Exception {
        Graph g = graphOf(TestCorpus.REFERENCE);
        Node mention = NodeFactory.createURI(TestCorpus.REFERENCE_URI + "#mention-1");
        List<Node> targets = g.find(mention, OA.hasTarget, Node.ANY).mapWith(t -> t.getObject()).toList();
        assertFalse(targets.isEmpty());
        targets.forEach(t -> g.remove(mention, OA.hasTarget, t));
        g.add(UriScheme.fragment(mention, "copy"), OA.hasTarget, NodeFactory.createURI(TestCorpus.REFERENCE_URI + "#char=0,1"));
        g.add(UriScheme.fragment(mention, "copy"), RDF.type.asNode(), OA.Annotation);
        g.add(UriScheme.fragment(mention, "copy"), NG.method, NG.gazetteerMatch);
        g.add(UriScheme.fragment(mention, "copy"), OA.hasBody, NodeFactory.createURI(TestCorpus.BASE + "place/henan"));
        List<String> violations = SHAPES.violations(g);
        assertEquals(4, violations.size(), String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.contains("#mention-1>") && v.contains("one span of words or more")));
        assertEquals(3, violations.stream().filter(v -> v.contains("#char=0,1>")).count(), String.join("\n", violations));
    }

    @Test
    void theBundledShapesAreTheRepositorysFile() throws Exception {
        Graph g = graphOf(TestCorpus.REFERENCE);
        g.remove(NodeFactory.createURI(TestCorpus.REFERENCE_URI), SchemaOrg.headline, Node.ANY);
        List<String> violations = ArticleShapes.loadBundled().violations(g);
        assertFalse(violations.isEmpty());
        assertEquals(SHAPES.violations(g), violations);
    }

    @Test
    void aBadShapesFileIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("shapes.ttl");
        Files.writeString(bad, "PREFIX sh: <http://www.w3.org/ns/shacl#>\n<s> a sh:NodeShape\n<t> a sh:NodeShape .\n",
            StandardCharsets.UTF_8);
        RiotException e = assertThrows(RiotException.class, () -> ArticleShapes.load(bad));
        assertTrue(e.getMessage().startsWith(bad + ":3: "), e.getMessage());
    }

    static Graph graphOf(Path file) throws Exception {
        ArticleConverter converter = TestCorpus.converter();
        DatasetGraph dsg = ArticleMapperTest.map(converter, file);
        return dsg.getGraph(converter.read(file).graph());
    }

    private static ArticleShapes load() {
        try {
            return ArticleShapes.load(Path.of("ontology", "shapes.ttl"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
