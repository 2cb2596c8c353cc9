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
 * subject that has a type within the property's {@code schema:domainIncludes} (or a subtype of one); the same of
 * the campaign ontology and of the shapes, whose classes are subtypes of schema.org types by the ontology.
 */
class SchemaOrgVocabularyTest {

    private static final Node DOMAIN_INCLUDES = NodeFactory.createURI(SchemaOrg.NS + "domainIncludes");
    private static final Node SH_TARGET_CLASS = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");
    private static final Node SH_PROPERTY = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
    private static final Node SH_PATH = NodeFactory.createURI("http://www.w3.org/ns/shacl#path");
    private static final Graph CAMPAIGN = read("ontology/campaign.ttl");
    private static final Graph SHAPES = read("ontology/shapes.ttl");
    private static Graph vocab;
    private static Graph output;

    @BeforeAll
    static void convertEverything() throws Exception {
        vocab = read("src/test/resources/vocab/schemaorg-current-https.ttl");
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

    @Test
    void everySchemaOrgTermOfTheCampaignOntologyAndTheShapesExists() {
        Set<String> unknown = new TreeSet<>();
        for (Graph g : List.of(CAMPAIGN, SHAPES))
            g.find().forEach(t -> {
                for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()})
                    if (isSchema(n) && !vocab.contains(n, RDF.type.asNode(), RDF.Property.asNode())
                        && !vocab.contains(n, RDF.type.asNode(), RDFS.Class.asNode()))
                        unknown.add(n.getURI());
            });
        assertEquals(Set.of(), unknown);
    }

    @Test
    void theCampaignOntologyUsesSchemaOrgPropertiesWithinTheirDomains() {
        Set<String> misused = misusedProperties(CAMPAIGN);
        CAMPAIGN.find(Node.ANY, RDFS.subPropertyOf.asNode(), Node.ANY).filterKeep(t -> isSchema(t.getObject())).forEach(t -> {
            List<Node> domains = CAMPAIGN.find(t.getSubject(), RDFS.domain.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            if (domains.isEmpty() || domains.stream().anyMatch(d -> !withinDomain(Set.of(d), t.getObject())))
                misused.add(t.getSubject().getLocalName() + " as " + t.getObject().getLocalName() + " on " + domains);
        });
        assertEquals(Set.of(), misused);
    }

    @Test
    void everyShapeUsesSchemaOrgPropertiesWithinTheDomainsOfTheClassesItTargets() {
        Set<String> misused = new TreeSet<>();
        SHAPES.find(Node.ANY, SH_TARGET_CLASS, Node.ANY).forEach(target ->
            SHAPES.find(target.getSubject(), SH_PROPERTY, Node.ANY).forEach(property ->
                SHAPES.find(property.getObject(), SH_PATH, Node.ANY).mapWith(Triple::getObject).filterKeep(SchemaOrgVocabularyTest::isSchema)
                    .filterDrop(path -> withinDomain(Set.of(target.getObject()), path))
                    .forEach(path -> misused.add(path.getLocalName() + " on " + target.getObject()))));
        assertEquals(Set.of(), misused);
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
            Set<Node> types = new HashSet<>(data.find(t.getSubject(), RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList());
            if (!withinDomain(types, t.getPredicate()))
                misused.add(t.getPredicate().getLocalName() + " on " + data.find(t.getSubject(), RDF.type.asNode(), Node.ANY)
                    .mapWith(Triple::getObject).toList());
        });
        return misused;
    }

    /** Whether one of {@code types}, or a superclass of one, is in the {@code schema:domainIncludes} of {@code property}. */
    private static boolean withinDomain(Set<Node> types, Node property) {
        Set<Node> domain = new HashSet<>(vocab.find(property, DOMAIN_INCLUDES, Node.ANY).mapWith(Triple::getObject).toList());
        return types.stream().flatMap(type -> superclasses(type).stream()).anyMatch(domain::contains);
    }

    /** {@code type} and its superclasses, by schema.org and by the campaign ontology. */
    private static Set<Node> superclasses(Node type) {
        Set<Node> seen = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            if (seen.add(c))
                for (Graph g : List.of(vocab, CAMPAIGN))
                    g.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEach(t -> todo.add(t.getObject()));
        }
        return seen;
    }

    private static Graph read(String file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        return g;
    }

    private static boolean isSchema(Node n) {
        return n.isURI() && n.getURI().startsWith(SchemaOrg.NS);
    }
}
