package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.TestCorpus;
import org.newsgraph.bundled.BundledData;
import org.newsgraph.campaign.CampaignReading;
import org.newsgraph.campaign.Commodity;
import org.newsgraph.campaign.MeetingKind;
import org.newsgraph.campaign.PartOfDay;
import org.newsgraph.campaign.TargetKind;
import org.newsgraph.campaign.TargetOutcome;
import org.newsgraph.campaign.Task;

/**
 * The campaign ontology is documented data that matches its vocabulary class, the enums of the campaign facts and
 * the shapes; and a fact of every class, written into an article's graph as the mapper writes it, conforms.
 */
class CampaignOntologyTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node SH_PATH = NodeFactory.createURI(SH + "path");
    private static final Node SH_IN = NodeFactory.createURI(SH + "in");
    private static final Node ONTOLOGY_IRI = NodeFactory.createURI("https://w3id.org/newsgraph/campaign");
    private static final Graph ONTOLOGY = read("ontology/campaign.ttl");
    private static final Graph SHAPES_GRAPH = read("ontology/shapes.ttl");
    private static final ArticleShapes SHAPES = shapes();
    private static final Graph REFERENCE = referenceGraph();

    @Test
    void theOntologySaysWhatItIsItsVersionAndLicence() {
        assertTrue(ONTOLOGY.contains(ONTOLOGY_IRI, RDF.type.asNode(), OWL.Ontology.asNode()));
        for (Node p : new Node[] {DCTerms.title.asNode(), DCTerms.description.asNode(), OWL.versionInfo.asNode(),
                                  DCTerms.license.asNode()})
            assertTrue(ONTOLOGY.contains(ONTOLOGY_IRI, p, Node.ANY), p.getLocalName());
    }

    @Test
    void theJarCarriesTheOntologyBesideNewsgraphs() throws Exception {
        Path bundled = BundledData.folder(BundledData.ONTOLOGY);
        for (String file : List.of("newsgraph.ttl", "campaign.ttl"))
            assertEquals(-1, Files.mismatch(bundled.resolve(file), Path.of("ontology", file)), file);
    }

    @Test
    void everyTermHasLabelsAndCommentsInEnglishAndChinese() {
        Set<String> missing = new TreeSet<>();
        Set<Node> terms = definedTerms();
        for (Node term : terms) {
            check(term, RDFS.label.asNode(), missing);
            check(term, RDFS.comment.asNode(), missing);
            if (isA(term, SKOS.Concept) || isA(term, SKOS.ConceptScheme)) {
                check(term, SKOS.prefLabel.asNode(), missing);
                check(term, SKOS.definition.asNode(), missing);
            }
        }
        check(ONTOLOGY_IRI, RDFS.label.asNode(), missing);
        check(ONTOLOGY_IRI, RDFS.comment.asNode(), missing);
        assertTrue(terms.size() > 60, "terms: " + terms.size());
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyConstantOfTheVocabularyClassIsDefinedAndEveryTermHasOne() throws Exception {
        Set<String> constants = new TreeSet<>();
        for (Field f : Campaign.class.getFields())
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class)
                constants.add(((Node) f.get(null)).getURI());
        Set<String> defined = new TreeSet<>();
        definedTerms().forEach(t -> defined.add(t.getURI()));
        assertEquals(defined, constants);
    }

    @Test
    void everyConceptIsInOneSchemeOfTheOntology() {
        Set<String> astray = new TreeSet<>();
        ONTOLOGY.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).mapWith(Triple::getSubject).forEach(c -> {
            List<Node> schemes = ONTOLOGY.find(c, SKOS.inScheme.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            if (schemes.size() != 1 || !isA(schemes.get(0), SKOS.ConceptScheme))
                astray.add(c.getURI());
        });
        assertEquals(Set.of(), astray);
    }

    static Stream<Arguments> closedLists() {
        return Stream.of(
            closedList(Commodity.values(), Campaign::commodity, Campaign.commodity, Campaign.commodities),
            closedList(TargetKind.values(), Campaign::targetKind, Campaign.targetKind, Campaign.targetKinds),
            closedList(TargetOutcome.values(), Campaign::outcome, Campaign.outcome, Campaign.targetOutcomes),
            closedList(Task.values(), Campaign::task, Campaign.task, Campaign.tasks),
            closedList(MeetingKind.values(), Campaign::meetingKind, Campaign.meetingKind, Campaign.meetingKinds),
            closedList(PartOfDay.values(), Campaign::partOfDay, Campaign.partOfDay, Campaign.partsOfDay));
    }

    private static <E extends Enum<E>> Arguments closedList(E[] values, Function<E, Node> concept, Node property,
                                                            Node scheme) {
        Set<Node> concepts = new HashSet<>();
        for (E value : values)
            concepts.add(concept.apply(value));
        assertEquals(values.length, concepts.size(), "each constant of " + values[0].getDeclaringClass() + " has its own concept");
        return Arguments.of(property.getLocalName(), concepts, property, scheme);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedLists")
    void everyEnumConstantIsAConceptOfItsSchemeAndOfItsShapes(String name, Set<Node> concepts, Node property, Node scheme) {
        Set<Node> inScheme = new HashSet<>(ONTOLOGY.find(Node.ANY, SKOS.inScheme.asNode(), scheme).mapWith(Triple::getSubject).toList());
        assertEquals(concepts, inScheme, "the scheme's concepts are the enum's");
        concepts.forEach(c -> assertTrue(isA(c, SKOS.Concept), c + " is a skos:Concept"));
        List<Node> constrained = SHAPES_GRAPH.find(Node.ANY, SH_PATH, property).mapWith(Triple::getSubject)
            .filterKeep(s -> SHAPES_GRAPH.contains(s, SH_IN, Node.ANY)).toList();
        assertFalse(constrained.isEmpty(), "a shape lists the values of " + name);
        for (Node shape : constrained) {
            Node list = SHAPES_GRAPH.find(shape, SH_IN, Node.ANY).next().getObject();
            assertEquals(concepts, new HashSet<>(GraphList.members(new GNode(SHAPES_GRAPH, list))), "sh:in of " + name);
        }
    }

    @Test
    void everyWikidataMatchIsConfirmedInTheGazetteerSeed() throws Exception {
        Set<String> confirmed = new HashSet<>();
        try (Reader in = Files.newBufferedReader(Path.of("rdf/sources/gazetteer/seed-entities.tsv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get().parse(in))
                if (row.get("status").equals("verified") && !row.get("qid").isEmpty())
                    confirmed.add(Namespaces.WIKIDATA_ENTITY + row.get("qid"));
        }
        Set<String> links = new TreeSet<>();
        ONTOLOGY.find().forEach(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(Namespaces.WIKIDATA_ENTITY))
                links.add(t.getObject().getURI());
        });
        assertEquals(Set.of(Namespaces.WIKIDATA_ENTITY + "Q11427"), links, "steel is the one concept linked");
        assertTrue(confirmed.containsAll(links), "unconfirmed: " + links);
    }

    @Test
    void aFactOfEveryClassAsTheMapperWritesItConforms() {
        Facts facts = new Facts();
        for (Node type : List.of(Campaign.ProductionTarget, Campaign.FurnaceBuildingTarget, Campaign.ReportedOutput,
                                 Campaign.Mobilisation, Campaign.Team, Campaign.Meeting, Campaign.LeadershipAssignment,
                                 Campaign.Slogan))
            assertTrue(facts.graph.contains(Node.ANY, RDF.type.asNode(), type), "a fact of " + type);
        assertEquals(List.of(), SHAPES.violations(facts.graph));
    }

    static Stream<Arguments> requiredProperties() {
        return Stream.of(
            Arguments.of(Facts.TARGET, Prov.wasDerivedFrom), Arguments.of(Facts.TARGET, Campaign.commodity),
            Arguments.of(Facts.TARGET, Campaign.quantity), Arguments.of(Facts.TARGET, Campaign.targetKind),
            Arguments.of(Facts.OUTPUT, Campaign.commodity), Arguments.of(Facts.OUTPUT, Campaign.quantity),
            Arguments.of(Facts.MOBILISATION, Campaign.participants), Arguments.of(Facts.TEAM, SchemaOrg.name),
            Arguments.of(Facts.MEETING, Campaign.meetingKind), Arguments.of(Facts.LEADERSHIP, Campaign.leader),
            Arguments.of(Facts.SLOGAN, SchemaOrg.text));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("requiredProperties")
    void aFactWithoutARequiredPropertyIsReported(Node fact, Node property) {
        Facts facts = new Facts();
        assertTrue(facts.graph.contains(fact, property, Node.ANY));
        facts.graph.remove(fact, property, Node.ANY);
        List<String> violations = SHAPES.violations(facts.graph);
        assertFalse(violations.isEmpty());
        assertTrue(violations.stream().allMatch(v -> v.startsWith("<" + fact.getURI() + "> <" + property.getURI() + ">")),
            String.join("\n", violations));
    }

    @Test
    void factsThatBreakTheirShapesOtherwiseAreReported() {
        Facts facts = new Facts();
        Graph g = facts.graph;
        g.add(Facts.TARGET, Campaign.campaign, NodeFactory.createURI(Campaign.NS + "anotherCampaign"));
        g.remove(Facts.FURNACE_TARGET, RDF.type.asNode(), Campaign.ProductionTarget);
        g.remove(Facts.SLOGAN, SchemaOrg.text, Node.ANY);
        g.add(Facts.SLOGAN, SchemaOrg.text, NodeFactory.createLiteralLang("Fight hard for half a month", "en"));
        g.remove(Facts.OUTPUT, Campaign.commodity, Node.ANY);
        g.add(Facts.OUTPUT, Campaign.commodity, Campaign.pledge);
        List<String> violations = SHAPES.violations(g);
        assertEquals(4, violations.size(), String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.contains("#target-1>") && v.contains("at most one campaign")));
        assertTrue(violations.stream().anyMatch(v -> v.contains("#target-2>") && v.contains("camp:ProductionTarget too")));
        assertTrue(violations.stream().anyMatch(v -> v.contains("#slogan-1>") && v.contains("Chinese words")));
        assertTrue(violations.stream().anyMatch(v -> v.contains("#output-1>") && v.contains("camp:commodities")));
    }

    /**
     * One fact of every class added to the reference article's graph, as the mapper writes them: fragments of the
     * original, derived from it, pointing at the amounts, dates and entities the extraction stage wrote.
     */
    private static final class Facts {
        final Graph graph;
        static final Node TARGET = fact("target-1");
        static final Node FURNACE_TARGET = fact("target-2");
        static final Node OUTPUT = fact("output-1");
        static final Node MOBILISATION = fact("mobilisation-1");
        static final Node TEAM = fact("team-1");
        static final Node MEETING = fact("meeting-1");
        static final Node LEADERSHIP = fact("leadership-1");
        static final Node SLOGAN = fact("slogan-1");

        Facts() {
            graph = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(graph, REFERENCE);
            Node original = NodeFactory.createURI(TestCorpus.REFERENCE_URI);
            List<Node> amounts = subjectsOfType(SchemaOrg.QuantitativeValue);
            List<Node> dates = subjectsOfType(NG.TimeReference);
            List<Node> entities = graph.find(original, SchemaOrg.mentions, Node.ANY).mapWith(Triple::getObject).toList();
            assertTrue(amounts.size() >= 4 && dates.size() >= 3 && entities.size() >= 3, "the reference article has amounts, dates, entities");
            for (Node fact : List.of(TARGET, FURNACE_TARGET, OUTPUT, MOBILISATION, TEAM, MEETING, LEADERSHIP, SLOGAN)) {
                add(fact, Prov.wasDerivedFrom, original);
                add(fact, Campaign.campaign, Campaign.steelCampaign1958);
            }
            add(TARGET, RDF.type.asNode(), Campaign.ProductionTarget);
            add(TARGET, Campaign.commodity, Campaign.commodity(Commodity.STEEL));
            add(TARGET, Campaign.quantity, amounts.get(0));
            add(TARGET, Campaign.targetKind, Campaign.targetKind(TargetKind.CALL));
            add(TARGET, Campaign.deadline, dates.get(0));
            add(TARGET, Campaign.region, entities.get(0));
            add(TARGET, Campaign.setBy, entities.get(1));
            add(TARGET, Campaign.setAt, MEETING);

            add(FURNACE_TARGET, RDF.type.asNode(), Campaign.ProductionTarget);
            add(FURNACE_TARGET, RDF.type.asNode(), Campaign.FurnaceBuildingTarget);
            add(FURNACE_TARGET, Campaign.commodity, Campaign.commodity(Commodity.FURNACE));
            add(FURNACE_TARGET, Campaign.quantity, amounts.get(1));
            add(FURNACE_TARGET, Campaign.targetKind, Campaign.targetKind(TargetKind.PLAN));
            add(FURNACE_TARGET, Campaign.period, dates.get(1));

            add(OUTPUT, RDF.type.asNode(), Campaign.ReportedOutput);
            add(OUTPUT, Campaign.commodity, Campaign.commodity(Commodity.PIG_IRON));
            add(OUTPUT, Campaign.quantity, amounts.get(2));
            add(OUTPUT, Campaign.producedIn, dates.get(2));
            add(OUTPUT, Campaign.region, entities.get(0));
            add(OUTPUT, Campaign.answers, TARGET);
            add(OUTPUT, Campaign.outcome, Campaign.outcome(TargetOutcome.EXCEEDED));

            add(MOBILISATION, RDF.type.asNode(), Campaign.Mobilisation);
            add(MOBILISATION, Campaign.participants, amounts.get(3));
            add(MOBILISATION, Campaign.forceName, NodeFactory.createLiteralLang("钢铁大军", "zh"));
            add(MOBILISATION, Campaign.forceName, NodeFactory.createLiteralLang("steel army", "en"));
            add(MOBILISATION, Campaign.forceName, NodeFactory.createLiteralLang("钢铁野战军", "zh"));
            add(MOBILISATION, Campaign.task, Campaign.task(Task.MINING));
            add(MOBILISATION, Campaign.task, Campaign.task(Task.SMELTING));
            add(MOBILISATION, Campaign.organisedBy, entities.get(1));

            add(TEAM, RDF.type.asNode(), Campaign.Team);
            add(TEAM, SchemaOrg.name, NodeFactory.createLiteralLang("钢铁巡回医疗队", "zh"));
            add(TEAM, SchemaOrg.name, NodeFactory.createLiteralLang("Mobile Steel Medical Team", "en"));
            add(TEAM, Campaign.task, Campaign.task(Task.TECHNICAL_HELP));
            add(TEAM, Campaign.commodity, Campaign.commodity(Commodity.ORE));
            add(TEAM, Campaign.commodity, Campaign.commodity(Commodity.COAL));

            add(MEETING, RDF.type.asNode(), Campaign.Meeting);
            add(MEETING, Campaign.meetingKind, Campaign.meetingKind(MeetingKind.BROADCAST_RALLY));
            add(MEETING, Campaign.title, NodeFactory.createLiteralLang("动员全省人民向钢铁大进军", "zh"));
            add(MEETING, SchemaOrg.startDate, NodeFactory.createLiteralDT("1958-09-02", XSDDatatype.XSDdate));
            add(MEETING, Campaign.dateReference, dates.get(0));
            add(MEETING, Campaign.partOfDay, Campaign.partOfDay(PartOfDay.EVENING));
            add(MEETING, SchemaOrg.organizer, entities.get(1));

            add(LEADERSHIP, RDF.type.asNode(), Campaign.LeadershipAssignment);
            add(LEADERSHIP, Campaign.leader, fact("person-tao-zhu"));
            add(LEADERSHIP, Campaign.role, NodeFactory.createLiteralLang("第一书记", "zh"));
            add(LEADERSHIP, Campaign.role, NodeFactory.createLiteralLang("first secretary", "en"));
            add(LEADERSHIP, Campaign.roleIn, entities.get(1));
            add(LEADERSHIP, Campaign.commodity, Campaign.commodity(Commodity.STEEL));

            add(SLOGAN, RDF.type.asNode(), Campaign.Slogan);
            add(SLOGAN, SchemaOrg.text, NodeFactory.createLiteralLang("苦战半月", "zh"));
            add(SLOGAN, SchemaOrg.creator, entities.get(1));
        }

        private List<Node> subjectsOfType(Node type) {
            return graph.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject)
                .toList().stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
        }

        private void add(Node s, Node p, Node o) { graph.add(s, p, o); }

        private static Node fact(String fragment) {
            return NodeFactory.createURI(TestCorpus.REFERENCE_URI + "#" + fragment);
        }
    }

    private static Set<Node> definedTerms() {
        Set<Node> terms = new HashSet<>();
        ONTOLOGY.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject)
            .filterKeep(s -> s.isURI() && s.getURI().startsWith(Campaign.NS)).forEach(terms::add);
        return terms;
    }

    private static boolean isA(Node term, org.apache.jena.rdf.model.Resource type) {
        return ONTOLOGY.contains(term, RDF.type.asNode(), type.asNode());
    }

    private static void check(Node term, Node property, Set<String> missing) {
        for (String lang : new String[] {"en", "zh"})
            if (ONTOLOGY.find(term, property, Node.ANY).toList().stream().noneMatch(t -> lang.equals(t.getObject().getLiteralLanguage())))
                missing.add(term + " " + property.getLocalName() + "@" + lang);
    }

    private static Graph read(String file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        return g;
    }

    /** The reference article's graph without the facts the rules read in it, so that the facts above are its only ones. */
    private static Graph referenceGraph() {
        try {
            ArticleConverter converter = TestCorpus.converter();
            ArticleConverter.Converted read = converter.read(TestCorpus.REFERENCE);
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            dsg.executeWrite(() -> {
                try {
                    converter.write(new ArticleConverter.Converted(read.annotated(), CampaignReading.NONE, read.graph(),
                        read.original(), read.sourceSha256()), StreamRDFLib.dataset(dsg));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            return dsg.getGraph(read.graph());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArticleShapes shapes() {
        try {
            return ArticleShapes.load(Path.of("ontology", "shapes.ttl"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
