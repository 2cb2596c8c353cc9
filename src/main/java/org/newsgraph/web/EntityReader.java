package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.NIF;
import org.newsgraph.rdf.OA;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.web.PageModel.EntityPage;
import org.newsgraph.web.PageModel.Link;
import org.newsgraph.web.PageModel.Mentioning;
import org.newsgraph.web.PageModel.NameInUse;
import org.newsgraph.web.PageModel.Value;

/**
 * The page of a place, organisation, person or concept: its names, historical names, kind, Wikidata link and how it
 * was made, coordinates, the units it lies in, and the articles that mention it, newest first, a page of
 * {@link #PAGE_SIZE} at a time, each with the words that mention it in either text.
 */
final class EntityReader {

    static final int PAGE_SIZE = 50;
    /** The folders under the base where the authority data mints entities (see the README's URIs). */
    private static final List<String> ENTITY_FOLDERS = List.of("place/", "organization/", "person/", "concept/");

    /** Each article (the original) that mentions the entity, with its date, headline and the words of both texts. */
    private static final String MENTIONING = """
        SELECT ?article ?date (GROUP_CONCAT(DISTINCT ?words; SEPARATOR=" · ") AS ?allWords) WHERE {
          ?annotation ?hasBody ?entity ; ?hasTarget ?span .
          ?span ?anchorOf ?words .
          BIND(IRI(STRBEFORE(STR(?span), "#")) AS ?text)
          OPTIONAL { ?text ?translationOfWork ?original }
          BIND(COALESCE(?original, ?text) AS ?article)
          ?article ?datePublished ?date .
        } GROUP BY ?article ?date ORDER BY DESC(?date) ?article""";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { { " + MENTIONING + " } }";

    private final DatasetGraph dataset;
    private final Labels labels;
    private final SitePaths paths;
    private final String base;

    EntityReader(DatasetGraph dataset, Labels labels, SitePaths paths, String base) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.paths = Objects.requireNonNull(paths, "paths");
        this.base = Objects.requireNonNull(base, "base");
    }

    /**
     * True when {@code uri} is an entity's: minted in one of the entity folders, named, and not itself a name in use
     * ({@code place/…/name-…}).
     */
    boolean isEntity(Node uri) {
        if (ENTITY_FOLDERS.stream().noneMatch(folder -> uri.getURI().startsWith(base + folder)))
            return false;
        return Txn.calculateRead(dataset, () -> {
            Graph g = dataset.getUnionGraph();
            return (g.contains(uri, SchemaOrg.name, Node.ANY) || g.contains(uri, SKOS.prefLabel.asNode(), Node.ANY))
                && !g.contains(uri, RDF.type.asNode(), NG.NameInUse);
        });
    }

    /** The page of {@code entity}, listing the {@code pageNumber}th page of the articles that mention it. */
    EntityPage read(Node entity, int pageNumber, PageLanguage lang, List<Link> formats, String path) {
        if (pageNumber < 1)
            throw new IllegalArgumentException("page must be 1 or more: " + pageNumber);
        return Txn.calculateRead(dataset, () -> page(entity, pageNumber, lang, formats, path));
    }

    private EntityPage page(Node entity, int pageNumber, PageLanguage lang, List<Link> formats, String path) {
        Graph g = dataset.getUnionGraph();
        List<Value> names = new ArrayList<>();
        for (Node p : List.of(SchemaOrg.name, SKOS.prefLabel.asNode(), SchemaOrg.alternateName))
            g.find(entity, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList().stream()
                .sorted(Comparator.comparing(Node::getLiteralLanguage).thenComparing(Node::getLiteralLexicalForm))
                .forEach(n -> names.add(labels.value(g, n, lang)));
        List<NameInUse> namesInUse = g.find(entity, NG.nameInUse, Node.ANY).mapWith(Triple::getObject).toList().stream()
            .map(n -> new NameInUse(labels.text(g, n, lang), ArticleReader.literal(g, n, NG.inUseFrom).orElse(null),
                ArticleReader.literal(g, n, NG.inUseUntil).orElse(null)))
            .sorted(Comparator.comparing(n -> n.from() == null ? "" : n.from())).toList();
        List<Value> kinds = g.find(entity, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList().stream()
            .map(k -> labels.value(g, k, lang)).sorted(Comparator.comparing(Value::text)).toList();
        Optional<Node> wikidata = first(g, entity, OWL.sameAs.asNode()).or(() -> first(g, entity, SKOS.closeMatch.asNode()));
        List<Value> containedIn = g.find(entity, SchemaOrg.containedInPlace, Node.ANY).mapWith(Triple::getObject)
            .mapWith(p -> labels.value(g, p, lang)).toList();

        ParameterizedSparqlString list = mentioningQuery(MENTIONING, entity);
        list.append(" LIMIT " + (PAGE_SIZE + 1) + " OFFSET " + (long) (pageNumber - 1) * PAGE_SIZE);
        List<Mentioning> mentioning = new ArrayList<>();
        boolean more = false;
        try (QueryExec exec = QueryExec.dataset(dataset).query(list.asQuery()).build()) {
            for (var rows = exec.select(); rows.hasNext(); ) {
                Binding row = rows.next();
                if (mentioning.size() == PAGE_SIZE) {
                    more = true;
                    break;
                }
                Node article = row.get("article");
                mentioning.add(new Mentioning(articleValue(g, article, lang),
                    row.get("date").getLiteralLexicalForm(), row.get("allWords").getLiteralLexicalForm()));
            }
        }
        long total;
        try (QueryExec exec = QueryExec.dataset(dataset).query(mentioningQuery(COUNT, entity).asQuery()).build()) {
            total = ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
        }
        return new EntityPage(labels.text(g, entity, lang), entity.getURI(), names, namesInUse, kinds,
            wikidata.map(w -> labels.value(g, w, lang)).orElse(null),
            first(g, entity, NG.linkStatus).map(s -> labels.value(g, s, lang)).orElse(null),
            first(g, entity, NG.linkConfidence).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(null),
            first(g, entity, SchemaOrg.latitude).map(Node::getLiteralLexicalForm).orElse(null),
            first(g, entity, SchemaOrg.longitude).map(Node::getLiteralLexicalForm).orElse(null),
            containedIn, mentioning, total, pageNumber,
            pageNumber > 1 ? path + "?page=" + (pageNumber - 1) : null, more ? path + "?page=" + (pageNumber + 1) : null,
            formats);
    }

    /** An article by its headline in the page's language: the translation's for English, the original's for Chinese. */
    private Value articleValue(Graph g, Node article, PageLanguage lang) {
        Optional<Node> translation = first(g, article, SchemaOrg.workTranslation);
        Node shown = lang == PageLanguage.EN && translation.isPresent() ? translation.get() : article;
        Optional<Node> headline = Labels.label(g, shown, List.of(SchemaOrg.headline), lang);
        return new Value(headline.map(Node::getLiteralLexicalForm).orElse(article.getURI()), paths.href(article.getURI()),
            article.getURI(), headline.map(Node::getLiteralLanguage).orElse(null), null);
    }

    private static ParameterizedSparqlString mentioningQuery(String query, Node entity) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query);
        q.setParam("entity", entity);
        q.setParam("hasBody", OA.hasBody);
        q.setParam("hasTarget", OA.hasTarget);
        q.setParam("anchorOf", NIF.anchorOf);
        q.setParam("translationOfWork", SchemaOrg.translationOfWork);
        q.setParam("datePublished", SchemaOrg.datePublished);
        return q;
    }

    private static Optional<Node> first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }
}
