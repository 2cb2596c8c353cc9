package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.Campaign;
import org.newsgraph.rdf.DQV;
import org.newsgraph.rdf.Prov;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.NewsgraphStore;

/**
 * A store holding one article graph that breaks a shape: the served validation report does not conform, names the
 * node at fault, and the dataset is not said to conform to the shapes.
 */
class WebValidationReportTest {

    private static final String BASE = TestCorpus.BASE;
    private static final String ARTICLE = "rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁";
    private static final String OTHER_ARTICLE = "rmrb/1958-12-01/p3/食堂好";

    @TempDir
    Path dir;

    @Test
    void aGraphThatBreaksAShapeMakesTheReportFail() throws Exception {
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            TestCorpus.loadInto(store);
            Node graph = NodeFactory.createURI(BASE + "graph/" + ARTICLE);
            // A fact derived from two articles breaks "a fact is derived from exactly one article".
            Node fact = Txn.calculateRead(store.dataset(), () -> store.dataset()
                .find(graph, Node.ANY, RDF.type.asNode(), Campaign.ProductionTarget).next().getSubject());
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(graph, fact, Prov.wasDerivedFrom,
                NodeFactory.createURI(BASE + OTHER_ARTICLE)));

            NewsgraphServer server = ServedSite.start(store, UriScheme.of(BASE), dir.resolve("dumps")).server();
            try {
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                    + "/dumps/" + DumpFolder.VALIDATION_REPORT)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode());
                ValidationReport report = ValidationReport.fromGraph(parse(r.body()));
                assertFalse(report.conforms());
                List<Node> focus = report.getEntries().stream().map(ReportEntry::focusNode).distinct().toList();
                assertEquals(List.of(fact), focus, "the one fact at fault, and nothing else");
                assertTrue(report.getEntries().stream().allMatch(e -> e.resultPath() instanceof P_Link link
                    && link.getNode().equals(Prov.wasDerivedFrom)), "on the path prov:wasDerivedFrom");

                HttpResponse<byte[]> voidDescription = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + server.port() + "/.well-known/void")).build(), HttpResponse.BodyHandlers.ofByteArray());
                Graph g = parse(voidDescription.body());
                Node dataset = NodeFactory.createURI(BASE + "dataset");
                assertTrue(g.contains(dataset, DQV.hasQualityMetadata,
                    NodeFactory.createURI(BASE + "dumps/" + DumpFolder.VALIDATION_REPORT)));
                assertFalse(g.find(dataset, DCTerms.conformsTo.asNode(), Node.ANY).hasNext(),
                    "data that does not conform is not said to");
            } finally {
                server.stop();
            }
        }
    }

    private static Graph parse(byte[] turtle) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).base(BASE).parse(g);
        return g;
    }
}
