package org.newsgraph.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.OWL;
import org.newsgraph.article.Language;
import org.newsgraph.bundled.BundledData;
import org.newsgraph.extract.DatelineFinder;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Existence;
import org.newsgraph.extract.Lexicon;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * newsgraph's authority data: the Turtle files directly in a folder (by default those of {@code rdf} bundled in
 * the jar), describing the periodicals, publishers, news agencies and software agents that articles refer to, and
 * the gazetteer of places, people and organisations with their links to Wikidata. Relative IRIs in the files are
 * resolved against the deployment's base, so that the same files serve any base. Adding a file adds data; no code
 * names an entity.
 */
public final class AuthorityData {

    private final Map<String, Graph> graphs;   // by file stem, in file-name order
    private final Graph union;

    private AuthorityData(Map<String, Graph> graphs) {
        this.graphs = graphs;
        this.union = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEach(union::add));
    }

    /** Reads the authority data bundled in the jar, resolving relative IRIs against {@code scheme}'s base. */
    public static AuthorityData loadBundled(UriScheme scheme) throws IOException {
        return load(BundledData.folder(BundledData.AUTHORITY), scheme);
    }

    /** Reads every {@code *.ttl} file of {@code folder}, resolving relative IRIs against {@code scheme}'s base. */
    public static AuthorityData load(Path folder, UriScheme scheme) throws IOException {
        if (!Files.isDirectory(folder))
            throw new NoSuchFileException(folder.toString(), null, "authority data folder not found");
        Map<String, Graph> graphs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList()) {
                Graph read = GraphFactory.createDefaultGraph();
                TurtleFile.read(f, scheme.base(), read);
                // Decimals in canonical form, so that a graph replaced when its file changes leaves none behind.
                Graph g = GraphFactory.createDefaultGraph();
                read.find().forEachRemaining(t ->
                    g.add(Triple.create(t.getSubject(), t.getPredicate(), Decimals.canonical(t.getObject()))));
                String name = f.getFileName().toString();
                graphs.put(name.substring(0, name.length() - 4), g);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new AuthorityData(graphs);
    }

    /** All the authority data in one graph, read only. */
    public Graph union() { return new org.apache.jena.sparql.graph.GraphReadOnly(union); }

    /** The graphs, one per file, by file name without {@code .ttl}. */
    public Map<String, Graph> graphs() { return Map.copyOf(graphs); }

    /**
     * The periodical whose {@code schema:identifier} is {@code archive} (e.g. {@code rmrb}); for an empty
     * archive name, the only periodical there is.
     */
    public Optional<Node> periodical(String archive) {
        List<Node> periodicals = subjects(RDF.type.asNode(), SchemaOrg.Periodical);
        if (archive.isEmpty())
            return periodicals.size() == 1 ? Optional.of(periodicals.get(0)) : Optional.empty();
        return periodicals.stream()
            .filter(p -> union.find(p, SchemaOrg.identifier, null).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && archive.equals(t.getObject().getLiteralLexicalForm())))
            .findFirst();
    }

    /** The archive name (the {@code schema:identifier}) of a periodical. */
    public String archiveOf(Node periodical) {
        return object(periodical, SchemaOrg.identifier).map(Node::getLiteralLexicalForm)
            .orElseThrow(() -> new IllegalStateException("periodical without schema:identifier: " + periodical));
    }

    public Optional<Node> publisher(Node periodical) { return object(periodical, SchemaOrg.publisher); }

    public Optional<Node> translationAgent(Node periodical) { return object(periodical, NG.translationAgent); }

    /** The names of the periodical in the given language, for labels such as the issue's. */
    public Optional<String> name(Node resource, Language lang) {
        return union.find(resource, SchemaOrg.name, null).toList().stream().map(Triple::getObject)
            .filter(o -> o.isLiteral() && lang.tag().equals(o.getLiteralLanguage())).map(Node::getLiteralLexicalForm)
            .findFirst();
    }

    /**
     * The names of the places, people and organisations of the authority data, for finding mentions:
     * {@code schema:name} as main names, {@code schema:alternateName} as aliases, in Chinese and English. Two kinds
     * of Chinese name are left out. A name that an unlinked unit of the code history shares with an entity of the
     * other sources that existed at the same time stays the other's: those were checked against the archive's
     * articles or Wikidata (海南区 is the 1950s Hainan District of the reference article, not the district of Wuhai).
     * And a name of two characters whose first is mostly a conjunction or preposition (和县): in running text it is
     * "and the county" far more often.
     */
    public Lexicon lexicon() {
        Lexicon.Builder b = Lexicon.builder();
        Set<Node> subjects = union.find(null, SchemaOrg.name, null).mapWith(Triple::getSubject).toSet();
        subjects.removeIf(s -> union.contains(s, RDF.type.asNode(), NG.NameInUse));   // a name's period, not an entity
        Map<String, List<Existence>> namesOfOthers = new java.util.HashMap<>();
        for (Node s : subjects)
            if (!isUnlinkedUnit(s))
                for (Node p : List.of(SchemaOrg.name, SchemaOrg.alternateName))
                    union.find(s, p, null).forEach(t -> namesOfOthers.computeIfAbsent(
                        t.getObject().getLiteralLexicalForm(), k -> new ArrayList<>()).add(existence(s)));
        for (Node s : subjects) {
            Set<Node> types = union.find(s, RDF.type.asNode(), null).mapWith(Triple::getObject).toSet();
            Optional<EntityKind> kind = types.stream().filter(t -> t.isURI()
                    && (t.getURI().startsWith(NG.NS) || t.getURI().startsWith(SchemaOrg.NS)))
                .map(t -> EntityKind.ofLocalName(t.getLocalName())).flatMap(Optional::stream).min(Enum::compareTo)
                .or(() -> types.stream().anyMatch(PLACES::contains) ? Optional.of(EntityKind.CITY) : Optional.empty());
            if (kind.isEmpty())
                continue;
            Optional<String> wikidata = union.find(s, OWL.sameAs.asNode(), null).mapWith(Triple::getObject).toList()
                .stream().filter(o -> o.isURI() && o.getURI().startsWith(Namespaces.WIKIDATA_ENTITY))
                .map(o -> o.getURI().substring(Namespaces.WIKIDATA_ENTITY.length())).findFirst();
            EntityRef entity = EntityRef.of(s.getURI(), kind.get(), name(s, Language.ZH).orElse(""),
                name(s, Language.EN).orElse(""), wikidata,
                existence(s), within(s));
            for (Node p : List.of(SchemaOrg.name, SchemaOrg.alternateName))
                union.find(s, p, null).forEach(t -> {
                    String tag = t.getObject().getLiteralLanguage();
                    String text = t.getObject().getLiteralLexicalForm();
                    if (tag.equals(Language.ZH.tag()) && (isConjunctionAndLevel(text)
                        || isUnlinkedUnit(s) && namesOfOthers.getOrDefault(text, List.of()).stream()
                            .anyMatch(entity.existence()::overlaps)))
                        return;
                    for (Language lang : Language.values())
                        if (lang.tag().equals(tag))
                            b.name(text, lang, entity, p.equals(SchemaOrg.name));
                });
        }
        return b.build();
    }

    /** A unit the code history gives without a Wikidata link. */
    private boolean isUnlinkedUnit(Node s) {
        return union.contains(s, NG.linkStatus, NG.NotFound) && union.contains(s, NG.gbCode, Node.ANY);
    }

    /** 和县: a character that HanLP's core dictionary knows first as a conjunction or preposition, and a level. */
    private static boolean isConjunctionAndLevel(String name) {
        if (name.length() != 2 || "县区市旗".indexOf(name.charAt(1)) < 0)
            return false;
        CoreDictionary.Attribute a = CoreDictionary.get(name.substring(0, 1));
        return a != null && (a.nature[0] == Nature.c || a.nature[0] == Nature.p);
    }

    private Existence existence(Node s) {
        return new Existence(year(s, NG.existedFrom), year(s, NG.existedUntil));
    }

    private OptionalInt year(Node s, Node p) {
        return object(s, p).filter(Node::isLiteral).map(o -> OptionalInt.of(Integer.parseInt(o.getLiteralLexicalForm())))
            .orElse(OptionalInt.empty());
    }

    /** The places {@code s} lies in, transitively, nearest first: those that lie in more places are nearer. */
    private List<String> within(Node s) {
        Set<Node> containers = ancestors(s, new java.util.HashSet<>());
        containers.remove(s);
        Map<Node, Integer> depth = new java.util.HashMap<>();
        containers.forEach(c -> depth.put(c, ancestors(c, new java.util.HashSet<>()).size()));
        return containers.stream()
            .sorted(java.util.Comparator.comparingInt((Node n) -> -depth.get(n)).thenComparing(Node::getURI))
            .map(Node::getURI).toList();
    }

    private Set<Node> ancestors(Node s, Set<Node> seen) {
        for (Node c : union.find(s, SchemaOrg.containedInPlace, null).mapWith(Triple::getObject).toList())
            if (c.isURI() && seen.add(c))
                ancestors(c, seen);
        return seen;
    }

    private static final Set<Node> PLACES = Set.of(SchemaOrg.AdministrativeArea, SchemaOrg.City, SchemaOrg.Country);

    /** A dateline finder that knows every {@code ng:datelineName} of the authority data. */
    public DatelineFinder datelineFinder() {
        Map<Node, List<String>> names = new LinkedHashMap<>();
        union.find(null, NG.datelineName, null).forEach(t ->
            names.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t.getObject().getLiteralLexicalForm()));
        DatelineFinder.Builder b = DatelineFinder.builder();
        names.forEach((org, list) -> b.source(org.getURI(), list));
        return b.build();
    }

    private List<Node> subjects(Node p, Node o) {
        return union.find(null, p, o).mapWith(Triple::getSubject).toList().stream().distinct().sorted(
            (a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    private Optional<Node> object(Node s, Node p) {
        return union.find(s, p, null).mapWith(Triple::getObject).toList().stream().findFirst();
    }
}
