package org.newsgraph.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Campaign;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.NIF;
import org.newsgraph.rdf.OA;
import org.newsgraph.rdf.Prov;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.web.Highlighter.Span;
import org.newsgraph.web.PageModel.ArticlePage;
import org.newsgraph.web.PageModel.Fact;
import org.newsgraph.web.PageModel.Field;
import org.newsgraph.web.PageModel.Link;
import org.newsgraph.web.PageModel.Mark;
import org.newsgraph.web.PageModel.ParagraphPair;
import org.newsgraph.web.PageModel.Photo;
import org.newsgraph.web.PageModel.Piece;
import org.newsgraph.web.PageModel.Value;

/**
 * An article's page from its named graph in the store: the header, both texts paragraph by paragraph with their
 * evidence marked on the words (mentions linking to their entities, amounts and dates with their values, the
 * sentences of campaign facts), the pictures and the campaign facts. It reads the evidence as the data states it:
 * spans (fragments of their article's IRI) with {@code nif:beginIndex}/{@code nif:endIndex} in code points, annotations that
 * target them, values {@code prov:wasDerivedFrom} them.
 */
final class ArticleReader {

    /** The classes of campaign facts, the more specific first, so that a fact is labelled by its narrowest class. */
    private static final List<Node> FACT_CLASSES = List.of(Campaign.FurnaceBuildingTarget, Campaign.ProductionTarget,
        Campaign.ReportedOutput, Campaign.Mobilisation, Campaign.Team, Campaign.Meeting, Campaign.LeadershipAssignment,
        Campaign.Slogan);
    /** What a fact's list of fields leaves out: its class, its source and its link to the campaign, said elsewhere. */
    private static final List<Node> UNLISTED = List.of(RDF.type.asNode(), Prov.wasDerivedFrom);

    private final DatasetGraph dataset;
    private final Labels labels;
    private final SitePaths paths;

    ArticleReader(DatasetGraph dataset, Labels labels, SitePaths paths) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.paths = Objects.requireNonNull(paths, "paths");
    }

    /** True when {@code uri} is an article (an original or a translation) the store holds. */
    boolean isArticle(Node uri) {
        return Txn.calculateRead(dataset, () -> dataset.getUnionGraph().contains(uri, RDF.type.asNode(), SchemaOrg.NewsArticle));
    }

    /** The page of the article {@code uri}, the original or its translation: both are shown side by side. */
    ArticlePage read(Node uri, PageLanguage lang, List<Link> formats) {
        return Txn.calculateRead(dataset, () -> page(uri, lang, formats));
    }

    private ArticlePage page(Node uri, PageLanguage lang, List<Link> formats) {
        Graph union = dataset.getUnionGraph();
        Node original = object(union, uri, SchemaOrg.translationOfWork).orElse(uri);
        Optional<Node> translation = object(union, original, SchemaOrg.workTranslation);
        Graph g = articleGraph(original);
        Map<Node, SpanAt> spans = spans(g);
        Map<Node, List<Span>> marks = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        markAnnotations(g, union, original, lang, spans, marks, facts);
        markValues(g, spans, marks);

        String headlineZh = literal(g, original, SchemaOrg.headline).orElse(null);
        String headlineEn = translation.flatMap(t -> literal(g, t, SchemaOrg.headline)).orElse(null);
        String zh = literal(g, original, SchemaOrg.articleBody).orElse("");
        String en = translation.flatMap(t -> literal(g, t, SchemaOrg.articleBody)).orElse("");
        List<Paragraph> zhParagraphs = paragraphs(zh, marks.getOrDefault(original, List.of()));
        List<Paragraph> enParagraphs = paragraphs(en, translation.map(t -> marks.getOrDefault(t, List.of())).orElse(List.of()));
        // A body may open with the lines of its headline (the originals do, the translations mostly not): they are
        // paired apart, so that the paragraphs after them pair by their order.
        int zhHead = headlineLines(zhParagraphs, headlineZh), enHead = headlineLines(enParagraphs, headlineEn);
        List<ParagraphPair> pairs = new ArrayList<>();
        pair(zhParagraphs.subList(0, zhHead), enParagraphs.subList(0, enHead), pairs);
        pair(zhParagraphs.subList(zhHead, zhParagraphs.size()), enParagraphs.subList(enHead, enParagraphs.size()), pairs);

        String title = uri.equals(original) || headlineEn == null ? (headlineZh != null ? headlineZh : headlineEn) : headlineEn;
        ParameterizedSparqlString describe = new ParameterizedSparqlString("DESCRIBE ?article");
        describe.setParam("article", original);
        return new ArticlePage(title, original.getURI(), headlineZh, headlineEn,
            literal(g, original, SchemaOrg.datePublished).orElse(null),
            object(g, original, SchemaOrg.isPartOf).map(day -> labels.value(union, day, lang)).orElse(null),
            literal(g, original, SchemaOrg.printPage).orElse(null),
            literal(g, original, SchemaOrg.printSection).orElse(null),
            literal(g, original, NG.column).orElse(null),
            literal(g, original, SchemaOrg.dateline).orElse(null),
            g.find(original, SchemaOrg.author, Node.ANY).mapWith(Triple::getObject)
                .mapWith(a -> labels.value(g, a, lang)).toList(),
            pairs, zhParagraphs.size() - zhHead, enParagraphs.size() - enHead, photos(g, original, lang), facts, formats,
            paths.queryPage(describe.toString()), translation.map(t -> paths.href(t.getURI())).orElse(null));
    }

    /** The named graph that holds the article, copied: an article's graph is small. */
    private Graph articleGraph(Node original) {
        Graph g = GraphFactory.createDefaultGraph();
        Iterator<Quad> where = dataset.find(Node.ANY, original, SchemaOrg.articleBody, Node.ANY);
        if (where.hasNext()) {
            Node graph = where.next().getGraph();
            dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        }
        return g;
    }

    private record SpanAt(Node source, int begin, int end, String words) {}

    private static Map<Node, SpanAt> spans(Graph g) {
        Map<Node, SpanAt> spans = new LinkedHashMap<>();
        g.find(Node.ANY, NIF.beginIndex, Node.ANY).forEachRemaining(t -> {
            Node span = t.getSubject();
            String iri = span.isURI() ? span.getURI() : "";
            Optional<Integer> b = integer(g, span, NIF.beginIndex), e = integer(g, span, NIF.endIndex);
            if (iri.contains("#") && b.isPresent() && e.isPresent() && b.get() < e.get())
                spans.put(span, new SpanAt(NodeFactory.createURI(iri.substring(0, iri.indexOf('#'))), b.get(), e.get(),
                    literal(g, span, NIF.anchorOf).orElse("")));
        });
        return spans;
    }

    /** Marks the words of each mention and the sentence of each campaign fact; lists the facts. */
    private void markAnnotations(Graph g, Graph union, Node original, PageLanguage lang, Map<Node, SpanAt> spans,
                                 Map<Node, List<Span>> marks, List<Fact> facts) {
        List<Node> annotations = g.find(Node.ANY, RDF.type.asNode(), OA.Annotation).mapWith(Triple::getSubject).toList();
        List<Fact> found = new ArrayList<>();
        for (Node annotation : annotations) {
            for (Node body : g.find(annotation, OA.hasBody, Node.ANY).mapWith(Triple::getObject).toList()) {
                Optional<Node> factClass = FACT_CLASSES.stream().filter(c -> g.contains(body, RDF.type.asNode(), c)).findFirst();
                List<SpanAt> targets = g.find(annotation, OA.hasTarget, Node.ANY).mapWith(Triple::getObject)
                    .mapWith(spans::get).filterDrop(Objects::isNull).toList();
                Mark mark;
                if (factClass.isPresent()) {
                    String label = labels.text(g, factClass.get(), lang);
                    String anchor = Labels.localName(body);
                    mark = new Mark(Mark.Kind.FACT, "#" + anchor, label, label);
                    String words = targets.stream().filter(s -> s.source().equals(original)).map(SpanAt::words)
                        .findFirst().orElse(null);
                    found.add(new Fact(anchor, label, fields(g, union, body, lang), words));
                } else {
                    mark = new Mark(Mark.Kind.MENTION, body.isURI() ? paths.href(body.getURI()) : null,
                        labels.text(union, body, lang), null);
                }
                for (SpanAt s : targets)
                    marks.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(new Span(s.begin(), s.end(), mark));
            }
        }
        found.sort(Comparator.comparing(Fact::anchor, HtmlPages::naturalOrder));
        facts.addAll(found);
    }

    /** Marks the words each amount and date was read from, with its value. */
    private void markValues(Graph g, Map<Node, SpanAt> spans, Map<Node, List<Span>> marks) {
        g.find(Node.ANY, Prov.wasDerivedFrom, Node.ANY).forEachRemaining(t -> {
            SpanAt s = spans.get(t.getObject());
            if (s == null)
                return;
            Node value = t.getSubject();
            Mark mark;
            if (g.contains(value, RDF.type.asNode(), SchemaOrg.QuantitativeValue))
                mark = new Mark(Mark.Kind.AMOUNT, null, amount(g, value), null);
            else if (g.contains(value, RDF.type.asNode(), NG.TimeReference))
                mark = new Mark(Mark.Kind.DATE, null, time(g, value), null);
            else
                return;
            marks.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(new Span(s.begin(), s.end(), mark));
        });
    }

    /** A fact's fields: each property but its type and source, by the property's label. */
    private List<Field> fields(Graph g, Graph union, Node fact, PageLanguage lang) {
        Map<Node, List<Value>> byProperty = new LinkedHashMap<>();
        g.find(fact, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (UNLISTED.contains(t.getPredicate()))
                return;
            Node o = t.getObject();
            Value v;
            if (g.contains(o, RDF.type.asNode(), SchemaOrg.QuantitativeValue))
                v = new Value(amount(g, o), null, null, null, null);
            else if (g.contains(o, RDF.type.asNode(), NG.TimeReference))
                v = new Value(time(g, o), null, null, null, null);
            else
                v = labels.value(union, o, lang);
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(v);
        });
        List<Field> fields = new ArrayList<>();
        byProperty.forEach((p, values) -> fields.add(new Field(labels.text(g, p, lang), values)));
        return fields;
    }

    /** An amount as the data states it: value or range, unit, rate. */
    static String amount(Graph g, Node q) {
        StringBuilder s = new StringBuilder();
        Optional<String> value = literal(g, q, SchemaOrg.value);
        Optional<String> min = literal(g, q, SchemaOrg.minValue), max = literal(g, q, SchemaOrg.maxValue);
        if (value.isPresent())
            s.append(number(value.get()));
        else if (min.isPresent() && max.isPresent())
            s.append(number(min.get())).append('–').append(number(max.get()));
        else if (min.isPresent())
            s.append('≥').append(number(min.get()));
        else
            max.ifPresent(m -> s.append('≤').append(number(m)));
        literal(g, q, SchemaOrg.unitCode).or(() -> literal(g, q, SchemaOrg.unitText)).ifPresent(u -> s.append(' ').append(u));
        literal(g, q, NG.ratePeriod).ifPresent(r -> s.append(" / ").append(r));
        return s.toString();
    }

    /** A date or period as the data states it. */
    static String time(Graph g, Node t) {
        Optional<String> date = literal(g, t, NG.date);
        if (date.isPresent())
            return date.get();
        Optional<String> from = literal(g, t, NG.from), to = literal(g, t, NG.to);
        if (from.isEmpty() && to.isEmpty())
            return "";
        return from.orElse("…") + " – " + to.orElse("…");
    }

    private static String number(String lexical) {
        try {
            BigDecimal d = new BigDecimal(lexical).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        } catch (NumberFormatException notANumber) {
            return lexical;
        }
    }

    /** A paragraph: its text and its marked pieces. */
    private record Paragraph(String text, List<Piece> pieces) {}

    /** The text's paragraphs (its lines that hold more than white space), each cut into marked pieces. */
    private static List<Paragraph> paragraphs(String text, List<Span> spans) {
        int[] cp = text.codePoints().toArray();
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= cp.length; i++) {
            if (i == cp.length || cp[i] == '\n') {
                if (hasText(cp, start, i))
                    paragraphs.add(new Paragraph(new String(cp, start, i - start), Highlighter.pieces(cp, start, i, spans)));
                start = i + 1;
            }
        }
        return paragraphs;
    }

    /** How many of the first paragraphs are lines of the headline (its parts between runs of white space). */
    private static int headlineLines(List<Paragraph> paragraphs, String headline) {
        if (headline == null)
            return 0;
        List<String> parts = List.of(headline.strip().split("\\s{2,}|\\R"));
        int n = 0;
        while (n < paragraphs.size() && n < parts.size() && paragraphs.get(n).text().strip().equals(parts.get(n).strip()))
            n++;
        return n;
    }

    /** Pairs the paragraphs of both texts by their order, numbering on from those already paired. */
    private static void pair(List<Paragraph> zh, List<Paragraph> en, List<ParagraphPair> pairs) {
        for (int i = 0; i < Math.max(zh.size(), en.size()); i++)
            pairs.add(new ParagraphPair(pairs.size() + 1, i < zh.size() ? zh.get(i).pieces() : List.of(),
                i < en.size() ? en.get(i).pieces() : List.of()));
    }

    private static boolean hasText(int[] cp, int from, int to) {
        for (int i = from; i < to; i++)
            if (!Character.isWhitespace(cp[i]) && !Character.isSpaceChar(cp[i]))
                return true;
        return false;
    }

    private List<Photo> photos(Graph g, Node original, PageLanguage lang) {
        List<Node> images = g.find(original, SchemaOrg.image, Node.ANY).mapWith(Triple::getObject).toList().stream()
            .sorted(Comparator.comparing(Node::toString, HtmlPages::naturalOrder)).toList();
        List<Photo> photos = new ArrayList<>();
        for (Node image : images) {
            List<Node> captions = g.find(image, SchemaOrg.caption, Node.ANY).mapWith(Triple::getObject).toList();
            photos.add(new Photo(Labels.localName(image), caption(captions, "zh"), caption(captions, "en"),
                literal(g, image, SchemaOrg.creditText).orElse(null),
                g.find(image, SchemaOrg.creator, Node.ANY).mapWith(Triple::getObject)
                    .mapWith(c -> labels.value(g, c, lang)).toList()));
        }
        return photos;
    }

    private static String caption(List<Node> captions, String lang) {
        return captions.stream().filter(Node::isLiteral).filter(c -> c.getLiteralLanguage().equalsIgnoreCase(lang))
            .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    static Optional<String> literal(Graph g, Node s, Node p) {
        return object(g, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private static Optional<Integer> integer(Graph g, Node s, Node p) {
        return literal(g, s, p).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v));
            } catch (NumberFormatException notAnInteger) {
                return Optional.empty();
            }
        });
    }
}
