package org.newsgraph.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.web.PageModel.Frame;
import org.newsgraph.web.PageModel.Navigation;
import org.newsgraph.web.PageModel.Section;
import org.newsgraph.web.PageModel.Statement;
import org.newsgraph.web.PageModel.Value;

/**
 * Renders the site's HTML pages with the jte templates of {@code src/main/jte}, compiled with the code. Every text
 * is escaped by the templates; links are made only to the site's own paths and to http(s) IRIs.
 */
final class HtmlPages {

    /** The label properties, in the order a page's title prefers them. */
    private static final List<Node> LABELS = List.of(SchemaOrg.headline, SchemaOrg.name, RDFS.label.asNode());
    /** The languages a label is taken in, in order of preference; then any. */
    private static final List<String> LANGUAGES = List.of("en", "zh");

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final SitePaths paths;
    private final Navigation navigation;

    HtmlPages(SitePaths paths, Navigation navigation) {
        this.paths = Objects.requireNonNull(paths, "paths");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
    }

    /** The frame of a page in {@code lang}, whose language switch links to {@code switchHref}. */
    Frame frame(PageLanguage lang, String switchHref) {
        return new Frame(navigation, lang, switchHref);
    }

    byte[] render(String template, Object page, Frame frame) {
        StringOutput out = new StringOutput();
        templates.render(template, Map.of("f", frame, "page", page), out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The page of {@code resource} from its description: the resource and each of its fragments as a section, the
     * triples linking to it as a list; other IRIs are shown by their labels.
     */
    PageModel.ResourcePage resourcePage(ResourceDescriber.Description d, List<PageModel.Link> formats,
                                        int inboundLimit, String inboundQuery) {
        Node resource = d.resource();
        String fragmentPrefix = resource.getURI() + "#";
        Graph g = d.graph();
        List<Node> subjects = new ArrayList<>();
        subjects.add(resource);
        g.find().mapWith(Triple::getSubject)
            .filterKeep(s -> s.isURI() && s.getURI().startsWith(fragmentPrefix))
            .forEach(s -> { if (!subjects.contains(s)) subjects.add(s); });
        subjects.subList(1, subjects.size()).sort(Comparator.comparing(Node::getURI, HtmlPages::naturalOrder));
        List<Section> sections = new ArrayList<>();
        for (Node s : subjects) {
            List<Statement> statements = statements(g, s);
            if (!statements.isEmpty())
                sections.add(new Section(anchor(s), value(g, s), statements));
        }
        List<Statement> inbound = g.find(Node.ANY, Node.ANY, resource).toList().stream()
            .filter(t -> !subjects.contains(t.getSubject()))
            .map(t -> new Statement(term(g.getPrefixMapping(), t.getPredicate()), value(g, t.getSubject())))
            .sorted(Comparator.comparing((Statement st) -> st.value().text()))
            .toList();
        return new PageModel.ResourcePage(title(g, resource), resource.getURI(), formats, sections, inbound,
            inboundLimit, d.inboundCut(), inboundQuery);
    }

    /** A page listing every subject of {@code g}, as for an ontology file. */
    PageModel.ResourcePage graphPage(String title, String uri, Graph g, List<PageModel.Link> formats) {
        List<Node> subjects = g.find().mapWith(Triple::getSubject).toSet().stream()
            .sorted(Comparator.comparing(Node::toString, HtmlPages::naturalOrder)).toList();
        List<Section> sections = subjects.stream()
            .map(s -> new Section(anchor(s), value(g, s), statements(g, s))).toList();
        return new PageModel.ResourcePage(title, uri, formats, sections, List.of(), 0, false, null);
    }

    private List<Statement> statements(Graph g, Node subject) {
        PrefixMapping prefixes = g.getPrefixMapping();
        return g.find(subject, Node.ANY, Node.ANY).toList().stream()
            .map(t -> new Statement(term(prefixes, t.getPredicate()), value(g, t.getObject())))
            .sorted(Comparator.comparing((Statement st) -> st.property().text())
                .thenComparing(st -> st.value().text(), HtmlPages::naturalOrder))
            .toList();
    }

    /** A predicate or class: its prefixed name, linking to its IRI. */
    private Value term(PrefixMapping prefixes, Node term) {
        String uri = term.getURI();
        String shortForm = prefixes.shortForm(uri);
        return new Value(shortForm, paths.href(uri), uri, null, null);
    }

    /** An object or subject: a literal with its language or datatype, or a resource by its label. */
    private Value value(Graph g, Node n) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (!lang.isEmpty())
                return new Value(n.getLiteralLexicalForm(), null, null, lang, "@" + lang);
            String datatype = n.getLiteralDatatypeURI();
            boolean plain = datatype == null || datatype.equals(XSD.xstring.getURI());
            return new Value(n.getLiteralLexicalForm(), null, null, null,
                plain ? null : g.getPrefixMapping().shortForm(datatype));
        }
        if (n.isURI()) {
            Optional<Node> label = label(g, n);
            String text = label.map(Node::getLiteralLexicalForm).orElseGet(() -> g.getPrefixMapping().shortForm(n.getURI()));
            String lang = label.map(Node::getLiteralLanguage).filter(l -> !l.isEmpty()).orElse(null);
            return new Value(text, paths.href(n.getURI()), n.getURI(), lang, null);
        }
        return new Value(n.toString(), null, null, null, null);
    }

    private static String title(Graph g, Node resource) {
        return label(g, resource).map(Node::getLiteralLexicalForm).orElse(resource.getURI());
    }

    /** The label of {@code n}: by property, then by language. */
    private static Optional<Node> label(Graph g, Node n) {
        for (Node property : LABELS) {
            List<Node> labels = g.find(n, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
            if (labels.isEmpty())
                continue;
            for (String lang : LANGUAGES)
                for (Node l : labels)
                    if (l.getLiteralLanguage().equalsIgnoreCase(lang))
                        return Optional.of(l);
            return Optional.of(labels.get(0));
        }
        return Optional.empty();
    }

    private static String anchor(Node n) {
        if (!n.isURI())
            return null;
        int hash = n.getURI().indexOf('#');
        return hash < 0 ? null : n.getURI().substring(hash + 1);
    }

    /** Orders {@code mention-2} before {@code mention-10}: runs of digits compare as numbers. */
    static int naturalOrder(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i), y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i, sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", ""), nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0)
                    return c;
            } else {
                if (x != y)
                    return Character.compare(x, y);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
