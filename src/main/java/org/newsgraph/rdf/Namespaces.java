package org.newsgraph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes newsgraph writes its data with. */
public final class Namespaces {

    /** The Wikidata entity namespace, which {@code owl:sameAs} links point into. */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    /** Wikidata's public SPARQL endpoint: always reachable by federated queries, and where reconciliation looks. */
    public static final String WIKIDATA_QUERY_SERVICE = "https://query.wikidata.org/sparql";

    private Namespaces() {}

    /** A fresh, locked mapping of the prefixes used in dumps and query examples. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
            .setNsPrefix("schema", SchemaOrg.NS)
            .setNsPrefix("ng", NG.NS)
            .setNsPrefix("camp", Campaign.NS)
            .setNsPrefix("prov", Prov.NS)
            .setNsPrefix("oa", OA.NS)
            .setNsPrefix("nif", NIF.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("wd", WIKIDATA_ENTITY)
            .lock();
    }

}
