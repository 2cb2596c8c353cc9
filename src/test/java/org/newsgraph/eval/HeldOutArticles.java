package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleFiles;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.ArticleParser;
import org.newsgraph.extract.AnnotatedArticle;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Extractor;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.rdf.UriScheme;

/**
 * The held-out articles as the evaluations read them: parsed with the project's parser and annotated with the
 * {@link Extractor} that {@link ArticleConverter} wires from the authority data, as {@code extract} does; and the
 * authority data's Chinese names, by which a gold key (河北省, 中国共产党河北省委员会) is told to name an entity.
 */
final class HeldOutArticles {

    private final Map<String, Article> articles;
    private final Extractor extractor;
    private final Graph authority;
    /** Chinese names of each authority resource, and the resources of each name. */
    private final Map<Node, Set<String>> zhNames = new HashMap<>();
    private final Map<String, Set<Node>> byZhName = new HashMap<>();

    private HeldOutArticles(Map<String, Article> articles, AuthorityData data, UriScheme uris) {
        this.articles = articles;
        this.extractor = ArticleConverter.create(uris, data).extractor();
        this.authority = data.union();
        for (Node p : List.of(SchemaOrg.name, SchemaOrg.alternateName))
            authority.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (t.getObject().isLiteral() && t.getObject().getLiteralLanguage().startsWith("zh")) {
                    String name = t.getObject().getLiteralLexicalForm();
                    zhNames.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(name);
                    byZhName.computeIfAbsent(name, k -> new HashSet<>()).add(t.getSubject());
                }
            });
    }

    /** Parses every article file of {@code folder} and loads the authority data of {@code authorityFolder}. */
    static HeldOutArticles load(Path folder, Path authorityFolder, String base)
        throws IOException, ArticleFormatException {
        ArticleParser parser = ArticleParser.create();
        Map<String, Article> parsed = new TreeMap<>();
        for (Path file : ArticleFiles.find(List.of(folder)).files())
            parsed.put(file.getFileName().toString(), parser.parse(file));
        UriScheme uris = UriScheme.of(base);
        return new HeldOutArticles(parsed, AuthorityData.load(authorityFolder, uris), uris);
    }

    /** The articles by file name, in order. */
    Map<String, Article> articles() { return articles; }

    AnnotatedArticle annotate(Article article) { return extractor.annotate(article); }

    /**
     * True when the system's entity is the one the gold key names: the key is one of its Chinese names and, when a
     * province is given, it lies in that province, by containment in the authority data or by its names.
     */
    boolean names(EntityRef entity, String key, Optional<String> province) {
        Set<String> names = zhNamesOf(entity);
        if (!names.contains(key))
            return false;
        if (province.isEmpty())
            return true;
        Set<String> provinceNames = new HashSet<>(Set.of(province.get()));
        byZhName.getOrDefault(province.get(), Set.of()).forEach(p -> provinceNames.addAll(zhNames.get(p)));
        if (!entity.isLocal() && containedIn(NodeFactory.createURI(entity.iri()), provinceNames, new HashSet<>()))
            return true;
        return names.stream().anyMatch(n -> provinceNames.stream().anyMatch(p -> !n.equals(p) && n.contains(p)));
    }

    private boolean containedIn(Node place, Set<String> province, Set<Node> seen) {
        for (Node parent : authority.find(place, SchemaOrg.containedInPlace, Node.ANY).mapWith(Triple::getObject)
            .toList()) {
            if (!seen.add(parent))
                continue;
            if (zhNames.getOrDefault(parent, Set.of()).stream().anyMatch(province::contains)
                || containedIn(parent, province, seen))
                return true;
        }
        return false;
    }

    private Set<String> zhNamesOf(EntityRef entity) {
        Set<String> names = new HashSet<>();
        if (!entity.labelZh().isEmpty())
            names.add(entity.labelZh());
        if (!entity.isLocal())
            names.addAll(zhNames.getOrDefault(NodeFactory.createURI(entity.iri()), Set.of()));
        return names;
    }
}
