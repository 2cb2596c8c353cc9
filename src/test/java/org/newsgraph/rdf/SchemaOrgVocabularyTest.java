package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestCorpus;

/**
 * Every schema.org term newsgraph writes exists in schema.org 30.0, and every schema.org property is used on a
 * subject that has a type within the property's {@code schema:domainIncludes} (or a subtype of one).
 */
class SchemaOrgVocabularyTest {

    private static final Node DOMAIN_INCLUDES = NodeFactory.createURI(SchemaOrg.NS + "domainIncludes");
    private static Graph vocab;
    private static Graph output;

    @BeforeAll
    static void convertEverything() throws Exception {
        vocab = GraphFactory.createDefaultGraph();
        RDFParser.source("src/test/resources/vocab/schemaorg-current-https.ttl").parse(vocab);
        ArticleConverter converter = TestCorpus.converter();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> {
            try {
                AuthorityData.load(TestCorpus.AUTHORITY, converter.uris()).graphs().values()
                    .forEach(g -> g.find().forEach(t -> dsg.getDefaultGraph().add(t)));
                for (var file : TestCorpus.files())
                    converter.write(converter.read(file), StreamRDFLib.dataset(dsg));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        output = GraphFactory.createDefaultGraph();
        dsg.executeRead(() -> dsg.find().forEachRemaining(q -> output.add(q.asTriple())));
        assertTrue(output.size() > 900, "the corpus maps to a real graph: " + output.size());
    }

    @Test
    void everySchemaOrgTermExists() {
        Set<String> unknown = new TreeSet<>();
        output.find().forEach(t -> {
            if (isSchema(t.getPredicate()) && !vocab.contains(t.getPredicate(), RDF.type.asNode(), RDF.Property.asNode()))
                unknown.add("property " + t.getPredicate());
            if (t.getPredicate().equals(RDF.type.asNode()) && isSchema(t.getObject())
                && !vocab.contains(t.getObject(), RDF.type.asNode(), RDFS.Class.asNode()))
                unknown.add("type " + t.getObject());
        });
        assertEquals(Set.of(), unknown);
    }

    @Test
    void everySchemaOrgPropertyIsUsedWithinItsDomain() {
        assertEquals(Set.of(), misusedProperties(output));
    }

    @Test
    void theCheckCatchesAMisusedProperty() {
        // dateline belongs to NewsArticle, not to Person: the check must say so, and only of the person.
        Graph g = GraphFactory.createDefaultGraph();
        Node person = NodeFactory.createURI("http://example.org/p");
        Node article = NodeFactory.createURI("http://example.org/a");
        g.add(person, RDF.type.asNode(), SchemaOrg.Person);
        g.add(person, SchemaOrg.dateline, NodeFactory.createLiteralString("Beijing, 4 September"));
        g.add(article, RDF.type.asNode(), SchemaOrg.NewsArticle);
        g.add(article, SchemaOrg.dateline, NodeFactory.createLiteralString("Beijing, 4 September"));
        assertEquals(Set.of("dateline on [" + SchemaOrg.Person.getURI() + "]"), misusedProperties(g));
    }

    /**
     * The schema.org properties of {@code data} used on a subject none of whose types is within the property's
     * {@code schema:domainIncludes} (or a subtype of one), each as "property on [its subject's types]".
     */
    private static Set<String> misusedProperties(Graph data) {
        Set<String> misused = new TreeSet<>();
        data.find().forEach(t -> {
            if (!isSchema(t.getPredicate()))
                return;
            Set<Node> domain = new HashSet<>(vocab.find(t.getPredicate(), DOMAIN_INCLUDES, Node.ANY)
                .mapWith(Triple::getObject).toList());
            Set<Node> types = new HashSet<>();
            data.find(t.getSubject(), RDF.type.asNode(), Node.ANY).forEach(x -> types.addAll(superclasses(x.getObject())));
            if (types.stream().noneMatch(domain::contains))
                misused.add(t.getPredicate().getLocalName() + " on " + data.find(t.getSubject(), RDF.type.asNode(), Node.ANY)
                    .mapWith(Triple::getObject).toList());
        });
        return misused;
    }

    private static Set<Node> superclasses(Node type) {
        Set<Node> seen = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            if (seen.add(c))
                vocab.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEach(t -> todo.add(t.getObject()));
        }
        return seen;
    }

    private static boolean isSchema(Node n) {
        return n.isURI() && n.getURI().startsWith(SchemaOrg.NS);
    }
}
