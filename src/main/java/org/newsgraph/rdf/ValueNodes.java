package org.newsgraph.rdf;

import static org.newsgraph.article.Language.ZH;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.newsgraph.article.Language;
import org.newsgraph.extract.AnnotatedArticle;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;

/**
 * The IRIs of the value nodes of an article's amounts and dates, {@code …#quantity-N-value} and
 * {@code …#date-N-value} under the text that has the words, numbered per text in the order extraction found them.
 * The one place that numbering is decided: the article mapper writes the nodes, the campaign mapper links facts to
 * them.
 */
final class ValueNodes {

    private final Map<Quantity, Node> quantities = new HashMap<>();
    private final Map<TimeExpression, Node> dates = new HashMap<>();

    ValueNodes(AnnotatedArticle annotated, Node original, Node translation) {
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        for (Quantity q : annotated.quantities())
            quantities.putIfAbsent(q, node(q.lang() == ZH ? original : translation, "quantity", q.lang(), counts));
        counts.clear();
        for (TimeExpression t : annotated.dates())
            dates.putIfAbsent(t, node(t.lang() == ZH ? original : translation, "date", t.lang(), counts));
    }

    /** The value node of {@code q}, one of the article's amounts. */
    Node of(Quantity q) {
        Node node = quantities.get(q);
        if (node == null)
            throw new IllegalArgumentException("not an amount extraction found in this article: " + q);
        return node;
    }

    /** The value node of {@code t}, one of the article's dates. */
    Node of(TimeExpression t) {
        Node node = dates.get(t);
        if (node == null)
            throw new IllegalArgumentException("not a date extraction found in this article: " + t);
        return node;
    }

    private static Node node(Node article, String kind, Language lang, Map<Language, Integer> counts) {
        return UriScheme.fragment(article, kind + "-" + counts.merge(lang, 1, Integer::sum) + "-value");
    }
}
