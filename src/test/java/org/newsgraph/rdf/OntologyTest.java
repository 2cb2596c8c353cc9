package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The ontology and the shapes are documented data: every term in English and Chinese. */
class OntologyTest {

    private static final Node DEFINITION = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#definition");
    private static final Node NODE_SHAPE = NodeFactory.createURI("http://www.w3.org/ns/shacl#NodeShape");
    private static final Graph ONTOLOGY = read("ontology/newsgraph.ttl");
    private static final Graph SHAPES = read("ontology/shapes.ttl");

    @Test
    void everyTermOfTheVocabularyClassIsDefined() throws Exception {
        Set<String> undefined = new TreeSet<>();
        for (Field f : NG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node term = (Node) f.get(null);
                if (!ONTOLOGY.contains(term, RDF.type.asNode(), Node.ANY))
                    undefined.add(term.getURI());
            }
        }
        assertEquals(Set.of(), undefined);
    }

    @Test
    void everyNgTermInTheDataIsDefined() {
        Graph data = read("rdf/dump/newsgraph-corpus.ttl");
        Set<String> undefined = new TreeSet<>();
        data.find().forEach(t -> {
            for (Node n : new Node[] {t.getPredicate(), t.getObject()})
                if (n.isURI() && n.getURI().startsWith(NG.NS) && !ONTOLOGY.contains(n, RDF.type.asNode(), Node.ANY))
                    undefined.add(n.getURI());
        });
        assertEquals(Set.of(), undefined);
    }

    @Test
    void everyTermAndShapeHasLabelsAndDefinitionsInEnglishAndChinese() {
        Set<String> missing = new TreeSet<>();
        Set<Node> terms = new HashSet<>(ONTOLOGY.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toList());
        terms.forEach(t -> check(ONTOLOGY, t, missing));
        SHAPES.find(Node.ANY, RDF.type.asNode(), NODE_SHAPE).mapWith(Triple::getSubject).forEach(s -> check(SHAPES, s, missing));
        assertTrue(terms.size() > 10, "terms: " + terms.size());
        assertEquals(Set.of(), missing);
    }

    private static void check(Graph g, Node term, Set<String> missing) {
        for (Node p : new Node[] {RDFS.label.asNode(), DEFINITION})
            for (String lang : new String[] {"en", "zh"})
                if (g.find(term, p, Node.ANY).toList().stream().noneMatch(t -> lang.equals(t.getObject().getLiteralLanguage())))
                    missing.add(term + " " + p.getLocalName() + "@" + lang);
    }

    private static Graph read(String file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        return g;
    }
}
