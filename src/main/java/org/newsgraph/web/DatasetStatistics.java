package org.newsgraph.web;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.store.NewsgraphStore;
import org.newsgraph.store.UnionTriples;

/**
 * The counts the home page and the VoID description give, over the union graph, as a client of the endpoint would
 * count them with SPARQL. They are counted once for a state of the store, in one pass over the union graph
 * ({@link UnionTriples}), which comes subject by subject, so the count holds one subject at a time: SPARQL's
 * {@code COUNT(DISTINCT ?s)} over 100,000 articles ran out of a heap of 1 GB.
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

    private static final Node CHINESE = NodeFactory.createLiteralString("zh");
    private static final String KEY = "statistics.";

    public DatasetStatistics {
        vocabularies = Set.copyOf(vocabularies);
    }

    /** Counts the union graph of {@code store}. */
    public static DatasetStatistics of(NewsgraphStore store) {
        DatasetGraph dataset = Objects.requireNonNull(store, "store").dataset();
        return Txn.calculateRead(dataset, () -> {
            Counter counter = new Counter();
            for (Iterator<Triple> it = UnionTriples.of(dataset); it.hasNext(); )
                counter.add(it.next());
            return counter.result();
        });
    }

    /** The statistics {@link #record(Properties) recorded} in {@code properties}, if they are. */
    static Optional<DatasetStatistics> recorded(Properties properties) {
        String[] keys = {"articles", "triples", "entities", "wikidataLinkedEntities", "wikidataLinks", "vocabularies"};
        for (String k : keys)
            if (properties.getProperty(KEY + k) == null)
                return Optional.empty();
        String vocabularies = properties.getProperty(KEY + "vocabularies");
        return Optional.of(new DatasetStatistics(number(properties, "articles"), number(properties, "triples"),
            number(properties, "entities"), number(properties, "wikidataLinkedEntities"),
            number(properties, "wikidataLinks"),
            vocabularies.isEmpty() ? Set.of() : Set.of(vocabularies.split(" "))));
    }

    /** Records these statistics in {@code properties}, to be read back by {@link #recorded(Properties)}. */
    void record(Properties properties) {
        Map.of("articles", articles, "triples", triples, "entities", entities,
                "wikidataLinkedEntities", wikidataLinkedEntities, "wikidataLinks", wikidataLinks)
            .forEach((k, v) -> properties.setProperty(KEY + k, Long.toString(v)));
        properties.setProperty(KEY + "vocabularies", String.join(" ", new TreeSet<>(vocabularies)));
    }

    private static long number(Properties properties, String key) {
        return Long.parseLong(properties.getProperty(KEY + key));
    }

    /** Counts a union graph given subject by subject. */
    private static final class Counter {
        private long articles, triples, entities, linkedEntities, links;
        private final Set<String> vocabularies = new TreeSet<>();
        private Node subject;
        private boolean newsArticle, chinese, linked;

        void add(Triple t) {
            if (!t.getSubject().equals(subject))
                nextSubject(t.getSubject());
            triples++;
            Node p = t.getPredicate(), o = t.getObject();
            vocabularies.add(p.getNameSpace());
            if (p.equals(RDF.type.asNode())) {
                if (o.isURI())
                    vocabularies.add(o.getNameSpace());
                newsArticle |= o.equals(SchemaOrg.NewsArticle);
            } else if (p.equals(SchemaOrg.inLanguage)) {
                chinese |= o.equals(CHINESE);
            } else if (p.equals(OWL.sameAs.asNode()) && o.isURI() && o.getURI().startsWith(Namespaces.WIKIDATA_ENTITY)) {
                links++;
                linked = true;
            }
        }

        private void nextSubject(Node next) {
            endSubject();
            subject = next;
            if (next.isURI())
                entities++;
        }

        private void endSubject() {
            if (newsArticle && chinese)
                articles++;
            if (linked)
                linkedEntities++;
            newsArticle = chinese = linked = false;
        }

        DatasetStatistics result() {
            endSubject();
            return new DatasetStatistics(articles, triples, entities, linkedEntities, links, vocabularies);
        }
    }
}
