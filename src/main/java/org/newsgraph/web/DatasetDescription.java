package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.newsgraph.rdf.ArticleShapes;
import org.newsgraph.rdf.DQV;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.server.NewsgraphServer;

/**
 * The VoID and DCAT description of the dataset, served at {@code {base}.well-known/void} and at the dataset's own
 * URI {@code {base}dataset}: what {@code dataset.ttl} says of it (title, source archive and its rights,
 * publisher), the SPARQL endpoint, and what the site has counted and written so far: the dumps as {@code void:dataDump}s and
 * {@code dcat:Distribution}s, the vocabularies used, the counts of triples and entities, the links to Wikidata
 * as a {@code void:Linkset}, and the SHACL validation report of the data as its {@code dqv:hasQualityMetadata}
 * (with {@code dcterms:conformsTo} the shapes when the report says the data conforms).
 */
final class DatasetDescription {

    static final String DATASET_PATH = "dataset";
    static final String WELL_KNOWN_PATH = ".well-known/void";
    static final String DUMPS_PATH = "dumps/";
    static final String ONTOLOGY_PATH = "ontology/";

    private static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final String GZIP = "application/gzip";

    private DatasetDescription() {}

    /**
     * The description of the dataset published under {@code uris}, with what {@code dumps} offers so far: the counts
     * once counted, and the dumps and report written.
     */
    static Graph of(UriScheme uris, DumpFolder dumps) {
        Objects.requireNonNull(dumps, "dumps");
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = DatasetDescription.class.getResourceAsStream("dataset.ttl")) {
            if (in == null)
                throw new IllegalStateException("dataset.ttl missing from the class path");
            RDFParser.source(in).lang(Lang.TURTLE).base(uris.base()).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Node dataset = uri(uris, DATASET_PATH);
        Node sparql = uri(uris, NewsgraphServer.QUERY_ENDPOINT);
        g.add(dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(uris.base()));
        g.add(dataset, VOID.sparqlEndpoint.asNode(), sparql);
        dumps.statistics().ifPresent(statistics -> counts(g, uris, dataset, statistics));

        Node service = uri(uris, DATASET_PATH + "#sparql");
        g.add(service, RDF.type.asNode(), DCAT.DataService.asNode());
        g.add(service, DCAT.endpointURL.asNode(), sparql);
        g.add(service, DCAT.servesDataset.asNode(), dataset);

        for (Dump d : dumps.dumps()) {
            Node file = uri(uris, DUMPS_PATH + d.fileName());
            Node distribution = uri(uris, DATASET_PATH + "#dump-" + d.fileName().replace('.', '-'));
            g.add(dataset, VOID.dataDump.asNode(), file);
            g.add(dataset, DCAT.distribution.asNode(), distribution);
            g.add(distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
            g.add(distribution, DCAT.downloadURL.asNode(), file);
            g.add(distribution, DCAT.mediaType.asNode(), NodeFactory.createURI(IANA_MEDIA_TYPES + d.innerMediaType()));
            g.add(distribution, DCAT.compressFormat.asNode(), NodeFactory.createURI(IANA_MEDIA_TYPES + GZIP));
            g.add(distribution, DCAT.byteSize.asNode(),
                NodeFactory.createLiteralDT(Long.toString(d.bytes()), XSDDatatype.XSDnonNegativeInteger));
            g.add(distribution, DCTerms.issued.asNode(),
                NodeFactory.createLiteralDT(d.generated().toString(), XSDDatatype.XSDdateTime));
        }

        dumps.validationReport().ifPresent(report -> qualityReport(g, uris, dataset, report, dumps.folder()));
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes())
            .setNsPrefix("void", VOID.getURI())
            .setNsPrefix("dcat", DCAT.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("foaf", FOAF.getURI())
            .setNsPrefix("dqv", DQV.NS);
        return g;
    }

    private static void counts(Graph g, UriScheme uris, Node dataset, DatasetStatistics statistics) {
        g.add(dataset, VOID.triples.asNode(), count(statistics.triples()));
        g.add(dataset, VOID.entities.asNode(), count(statistics.entities()));
        for (String namespace : statistics.vocabularies())
            g.add(dataset, VOID.vocabulary.asNode(), NodeFactory.createURI(namespace));
        Node wikidata = uri(uris, DATASET_PATH + "#wikidata");
        g.add(wikidata, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(Namespaces.WIKIDATA_ENTITY));
        Node linkset = uri(uris, DATASET_PATH + "#wikidata-links");
        g.add(dataset, VOID.subset.asNode(), linkset);
        g.add(linkset, RDF.type.asNode(), VOID.Linkset.asNode());
        g.add(linkset, VOID.linkPredicate.asNode(), OWL.sameAs.asNode());
        g.add(linkset, VOID.subjectsTarget.asNode(), dataset);
        g.add(linkset, VOID.objectsTarget.asNode(), wikidata);
        g.add(linkset, VOID.triples.asNode(), count(statistics.wikidataLinks()));
        g.add(linkset, VOID.distinctSubjects.asNode(), count(statistics.wikidataLinkedEntities()));
    }

    private static void qualityReport(Graph g, UriScheme uris, Node dataset, Dump report, Path folder) {
        Node reportFile = uri(uris, DUMPS_PATH + report.fileName());
        g.add(dataset, DQV.hasQualityMetadata, reportFile);
        g.add(reportFile, RDF.type.asNode(), DQV.QualityMetadata);
        g.add(reportFile, DCAT.mediaType.asNode(), NodeFactory.createURI(IANA_MEDIA_TYPES + report.innerMediaType()));
        g.add(reportFile, DCAT.byteSize.asNode(),
            NodeFactory.createLiteralDT(Long.toString(report.bytes()), XSDDatatype.XSDnonNegativeInteger));
        g.add(reportFile, DCTerms.issued.asNode(),
            NodeFactory.createLiteralDT(report.generated().toString(), XSDDatatype.XSDdateTime));
        // The data is said to conform to the shapes only when its report says so.
        if (ValidationReport.fromGraph(RDFDataMgr.loadGraph(folder.resolve(report.fileName()).toString())).conforms())
            g.add(dataset, DCTerms.conformsTo.asNode(), uri(uris, ONTOLOGY_PATH + ArticleShapes.SHAPES_FILE));
    }

    private static Node uri(UriScheme uris, String path) {
        return NodeFactory.createURI(uris.base() + path);
    }

    /** A VoID count: VoID gives its counts as {@code xsd:integer}. */
    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
