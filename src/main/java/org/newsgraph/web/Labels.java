package org.newsgraph.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.web.PageModel.Value;

/**
 * The names pages show for IRIs: from the data first, then from the bundled ontologies (the labels of classes,
 * properties and concepts), in the page's language first; an IRI without a label is shown by its local name.
 */
final class Labels {

    private static final List<Node> PROPERTIES = List.of(SchemaOrg.name, RDFS.label.asNode(),
        SKOS.prefLabel.asNode(), SchemaOrg.headline);

    private final Graph vocabulary;
    private final SitePaths paths;

    Labels(Graph vocabulary, SitePaths paths) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.paths = Objects.requireNonNull(paths, "paths");
    }

    /** The label of {@code n} in {@code data} or the ontologies: by property, then by language. */
    Optional<Node> label(Graph data, Node n, PageLanguage lang) {
        for (Graph g : List.of(data, vocabulary)) {
            Optional<Node> l = label(g, n, PROPERTIES, lang);
            if (l.isPresent())
                return l;
        }
        return Optional.empty();
    }

    /** The value of {@code property} of {@code n} in the language of the page first. */
    static Optional<Node> label(Graph g, Node n, List<Node> properties, PageLanguage lang) {
        for (Node property : properties) {
            List<Node> labels = g.find(n, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
            if (labels.isEmpty())
                continue;
            for (String tag : lang.labelOrder())
                for (Node l : labels)
                    if (l.getLiteralLanguage().equalsIgnoreCase(tag))
                        return Optional.of(l);
            return Optional.of(labels.get(0));
        }
        return Optional.empty();
    }

    /** The text shown for {@code n}. */
    String text(Graph data, Node n, PageLanguage lang) {
        if (n.isLiteral())
            return n.getLiteralLexicalForm();
        return label(data, n, lang).map(Node::getLiteralLexicalForm).orElseGet(() -> localName(n));
    }

    /** {@code n} as a page shows it: a literal as it is, an IRI by its label, linking to it. */
    Value value(Graph data, Node n, PageLanguage lang) {
        if (n.isLiteral()) {
            String tag = n.getLiteralLanguage();
            return new Value(n.getLiteralLexicalForm(), null, null, tag.isEmpty() ? null : tag, null);
        }
        if (!n.isURI())
            return new Value(n.toString(), null, null, null, null);
        Optional<Node> label = label(data, n, lang);
        String tag = label.map(Node::getLiteralLanguage).filter(t -> !t.isEmpty()).orElse(null);
        return new Value(label.map(Node::getLiteralLexicalForm).orElseGet(() -> localName(n)), paths.href(n.getURI()),
            n.getURI(), tag, null);
    }

    static String localName(Node n) {
        if (!n.isURI())
            return n.toString();
        String uri = n.getURI();
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
    }
}
