package org.newsgraph.web;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.rdf.SchemaOrg;

/**
 * The counts the home page and the VoID description give, each the answer of one SPARQL query over the union
 * graph, as a client of the endpoint would ask it. They are counted once, when the site starts: the store does
 * not change while it is served.
 *
 * @param articles the Chinese originals ({@code schema:NewsArticle}s in Chinese; translations are not counted)
 * @param triples the distinct triples of the union graph
 * @param entities the distinct IRIs that are the subject of a triple
 * @param wikidataLinkedEntities the distinct subjects of an {@code owl:sameAs} link into Wikidata
 * @param wikidataLinks the {@code owl:sameAs} triples into Wikidata
 * @param vocabularies the namespaces of the predicates and classes used
 */
public record DatasetStatistics(long articles, long triples, long entities, long wikidataLinkedEntities,
                                long wikidataLinks, Set<String> vocabularies) {

    public DatasetStatistics {
        vocabularies = Set.copyOf(vocabularies);
    }

    /** Counts {@code dataset}, whose default graph for queries is the union of its named graphs. */
    public static DatasetStatistics of(DatasetGraph dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return Txn.calculateRead(dataset, () -> {
            ParameterizedSparqlString articles = new ParameterizedSparqlString(
                "SELECT (COUNT(DISTINCT ?article) AS ?n) WHERE { ?article a ?type ; ?inLanguage ?zh }");
            articles.setParam("type", SchemaOrg.NewsArticle);
            articles.setParam("inLanguage", SchemaOrg.inLanguage);
            articles.setLiteral("zh", "zh");
            ParameterizedSparqlString triples = new ParameterizedSparqlString(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
            ParameterizedSparqlString entities = new ParameterizedSparqlString(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s)) }");
            ParameterizedSparqlString linked = new ParameterizedSparqlString(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?sameAs ?item FILTER(STRSTARTS(STR(?item), ?wikidata)) }");
            ParameterizedSparqlString links = new ParameterizedSparqlString(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?sameAs ?item FILTER(STRSTARTS(STR(?item), ?wikidata)) }");
            for (ParameterizedSparqlString q : List.of(linked, links)) {
                q.setParam("sameAs", OWL.sameAs.asNode());
                q.setLiteral("wikidata", Namespaces.WIKIDATA_ENTITY);
            }
            ParameterizedSparqlString terms = new ParameterizedSparqlString(
                "SELECT DISTINCT ?term WHERE { { ?s ?term ?o } UNION { ?s a ?term } }");
            Set<String> vocabularies = new TreeSet<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(terms.asQuery()).build()) {
                exec.select().forEachRemaining(row -> {
                    Node term = row.get("term");
                    if (term.isURI())
                        vocabularies.add(term.getNameSpace());
                });
            }
            return new DatasetStatistics(count(dataset, articles), count(dataset, triples), count(dataset, entities),
                count(dataset, linked), count(dataset, links), vocabularies);
        });
    }

    private static long count(DatasetGraph dataset, ParameterizedSparqlString query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query.asQuery()).build()) {
            return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
        }
    }
}
