package org.newsgraph.linking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SchemaOrg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks up entities that have no confirmed Wikidata link in a Wikidata SPARQL endpoint, by their GB/T 2260 code
 * and by their Chinese and English names, and scores each candidate:
 * <ul>
 *   <li>code: for a unit with a code ({@code ng:gbCode}), the only Wikidata item carrying exactly that code as its
 *       China administrative division code (P442) +0.8, the strongest evidence there is: an exact match, enough
 *       alone to accept. A code that several items carry counts nothing and none of them is ever accepted; a
 *       candidate whose P442 differs from the code −0.3;</li>
 *   <li>names: the Chinese name +0.35, the English name +0.15;</li>
 *   <li>type: an instance of the Wikidata class that stands for the entity's kind +0.3 (human for a person,
 *       province of China for a province, …), of other classes only −0.3;</li>
 *   <li>location: within 100 km of the entity's coordinates +0.1, farther than 300 km −0.2;</li>
 *   <li>dates: in existence (born or founded by then, not yet dead or dissolved) over the years of the articles
 *       that mention the entity +0.1, not −0.3; an entity no article mentions gets no points either way.</li>
 * </ul>
 * The evidence for a candidate counts up to 1, and the evidence against it is then taken off, so that a score is a
 * confidence from 0 to 1 and a contradiction always shows. A candidate is accepted when it scores at least
 * {@link #ACCEPT} and leads the next one by at least {@link #MARGIN}; every other candidate above zero is proposed
 * for review. Nothing here decides alone what is published: the proposals go to a file that the gazetteer is built
 * from.
 */
public final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    /** The lowest score accepted without review. */
    public static final BigDecimal ACCEPT = new BigDecimal("0.8");
    /** How far an accepted candidate must lead the next one. */
    public static final BigDecimal MARGIN = new BigDecimal("0.2");

    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String WDT = "http://www.wikidata.org/prop/direct/";
    private static final Pattern POINT = Pattern.compile("Point\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");
    private static final Pattern YEAR = Pattern.compile("^(-?\\d{1,4})-");

    /** What is asked of every candidate, found by name or by code. */
    private static final String DETAILS = """
          OPTIONAL { ?item wdt:P442 ?code }
          OPTIONAL { ?item wdt:P31 ?type }
          OPTIONAL { ?item wdt:P625 ?coord }
          OPTIONAL { ?item wdt:P569|wdt:P571 ?start }
          OPTIONAL { ?item wdt:P570|wdt:P576 ?end }
        """;

    private final String endpoint;
    private final Map<String, String> classOfKind;
    private final Duration timeout;

    private Reconciler(String endpoint, Map<String, String> classOfKind, Duration timeout) {
        this.endpoint = endpoint;
        this.classOfKind = Map.copyOf(classOfKind);
        this.timeout = timeout;
    }

    public static Builder builder() { return new Builder(); }

    /** An entity to look up; {@code gbCode} is its GB/T 2260 code, when it is an administrative unit that has one. */
    public record Entity(String key, String kind, String nameZh, String nameEn, Optional<double[]> coordinates,
        Optional<String> gbCode) {}

    /** A scored candidate for an entity, with the reasons for its score. */
    public record Proposal(Entity entity, String qid, BigDecimal score, boolean accepted, List<String> reasons) {}

    /** The first and the last year of the articles that mention an entity. */
    public record Years(int first, int last) {
        public Years {
            if (first > last)
                throw new IllegalArgumentException("first year " + first + " after last year " + last);
        }

        @Override
        public String toString() { return first == last ? Integer.toString(first) : first + "–" + last; }
    }

    /**
     * The entities of the authority data with no confirmed Wikidata link ({@code ng:NotFound}), keyed by their IRI
     * relative to {@code base} (e.g. {@code person/tao-zhu}), with their kind, names, coordinates and code.
     */
    public static List<Entity> unlinked(Graph authority, String base) {
        List<Entity> entities = new ArrayList<>();
        for (Node s : authority.find(Node.ANY, NG.linkStatus, NG.NotFound).mapWith(Triple::getSubject).toList()) {
            if (!s.isURI() || !s.getURI().startsWith(base) || authority.contains(s, OWL.sameAs.asNode(), Node.ANY))
                continue;
            String kind = authority.find(s, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList().stream()
                .filter(t -> t.getURI().startsWith(NG.NS) || t.getURI().startsWith(SchemaOrg.NS))
                .sorted(Comparator.comparing((Node t) -> !t.getURI().startsWith(NG.NS)).thenComparing(Node::getURI))
                .map(Node::getLocalName).findFirst().orElse("Thing");
            Optional<double[]> point = literal(authority, s, SchemaOrg.latitude).map(Double::parseDouble)
                .flatMap(lat -> literal(authority, s, SchemaOrg.longitude).map(Double::parseDouble)
                    .map(lon -> new double[] {lat, lon}));
            entities.add(new Entity(s.getURI().substring(base.length()), kind, name(authority, s, "zh"),
                name(authority, s, "en"), point, literal(authority, s, NG.gbCode)));
        }
        entities.sort(Comparator.comparing(Entity::key));
        return entities;
    }

    /**
     * The first and last year of the articles that mention {@code entity} ({@code schema:mentions}, dated by
     * {@code schema:datePublished}) in {@code articles}, whose default graph is the union of the article graphs, as
     * the store's is; empty when no article mentions it.
     */
    public static Optional<Years> mentionYears(DatasetGraph articles, String entity) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("""
            SELECT (MIN(YEAR(?date)) AS ?first) (MAX(YEAR(?date)) AS ?last) WHERE {
              ?article schema:mentions ?entity ; schema:datePublished ?date .
            }""");
        query.setNsPrefix("schema", SchemaOrg.NS);
        query.setIri("entity", entity);
        return Txn.calculateRead(articles, () -> {
            try (QueryExec exec = QueryExec.dataset(articles).query(query.asQuery()).build()) {
                RowSet rows = exec.select();
                Binding row = rows.hasNext() ? rows.next() : null;
                if (row == null || row.get("first") == null || row.get("last") == null)
                    return Optional.<Years>empty();
                return Optional.of(new Years(Integer.parseInt(row.get("first").getLiteralLexicalForm()),
                    Integer.parseInt(row.get("last").getLiteralLexicalForm())));
            }
        });
    }

    /**
     * The Wikidata class each kind of entity stands for: the {@code skos:exactMatch} of newsgraph's and
     * schema.org's classes in the authority data, by the class's local name ({@code Province}, {@code Person}).
     */
    public static Map<String, String> wikidataClasses(Graph authority) {
        Map<String, String> classes = new LinkedHashMap<>();
        authority.find(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).forEach(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(WD)
                && (t.getSubject().getURI().startsWith(NG.NS) || t.getSubject().getURI().startsWith(SchemaOrg.NS)))
                classes.put(t.getSubject().getLocalName(), t.getObject().getURI().substring(WD.length()));
        });
        return classes;
    }

    private static String name(Graph g, Node s, String lang) {
        return g.find(s, SchemaOrg.name, Node.ANY).mapWith(Triple::getObject).toList().stream()
            .filter(o -> o.isLiteral() && lang.equals(o.getLiteralLanguage())).map(Node::getLiteralLexicalForm)
            .findFirst().orElse("");
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().filter(Node::isLiteral)
            .map(Node::getLiteralLexicalForm).findFirst();
    }

    /**
     * The candidates for {@code entity}, best first, their existence judged against {@code mentioned}, the years
     * of the articles that mention it; the best is accepted when it clears the threshold.
     */
    public List<Proposal> reconcile(Entity entity, Optional<Years> mentioned) {
        Map<String, Candidate> candidates = lookUp(entity);
        long carryingCode = candidates.values().stream().filter(c -> c.byCode).count();
        List<Proposal> scored = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            List<String> reasons = new ArrayList<>();
            BigDecimal score = score(entity, c, carryingCode, mentioned, reasons);
            if (score.signum() > 0)
                scored.add(new Proposal(entity, c.qid, score, false, reasons));
        }
        scored.sort(Comparator.comparing(Proposal::score).reversed().thenComparing(Proposal::qid));
        if (!scored.isEmpty()) {
            Proposal best = scored.get(0);
            BigDecimal next = scored.size() > 1 ? scored.get(1).score() : BigDecimal.ZERO;
            boolean sharesTheCode = candidates.get(best.qid()).byCode && carryingCode > 1;
            if (!sharesTheCode && best.score().compareTo(ACCEPT) >= 0
                && best.score().subtract(next).compareTo(MARGIN) >= 0)
                scored.set(0, new Proposal(entity, best.qid(), best.score(), true, best.reasons()));
        }
        LOG.debug("{}: {} candidates", entity.key(), scored.size());
        return scored;
    }

    private static final class Candidate {
        final String qid;
        boolean zh;
        boolean en;
        /** Found by the entity's code: the item carries it as its P442. */
        boolean byCode;
        final Set<String> codes = new LinkedHashSet<>();
        final List<String> types = new ArrayList<>();
        double[] point;
        Integer start;
        Integer end;

        Candidate(String qid) { this.qid = qid; }
    }

    private Map<String, Candidate> lookUp(Entity e) {
        List<Map.Entry<String, String>> labels = new ArrayList<>(); // name and language tag
        if (!e.nameZh().isEmpty())
            for (String tag : List.of("zh", "zh-hans", "zh-cn"))
                labels.add(Map.entry(e.nameZh(), tag));
        if (!e.nameEn().isEmpty())
            labels.add(Map.entry(e.nameEn(), "en"));
        Map<String, Candidate> found = new LinkedHashMap<>();
        if (!labels.isEmpty()) {
            // One variable per name, each set with setLiteral: setValues leaves quotation marks unescaped.
            String variables = IntStream.range(0, labels.size()).mapToObj(i -> "?name" + i)
                .collect(Collectors.joining(" "));
            ParameterizedSparqlString byName = query("""
                SELECT ?item ?label ?code ?type ?coord ?start ?end WHERE {
                  VALUES ?label { %s }
                  ?item rdfs:label ?label .
                """.formatted(variables) + DETAILS + "} LIMIT 200");
            for (int i = 0; i < labels.size(); i++)
                byName.setLiteral("name" + i, labels.get(i).getKey(), labels.get(i).getValue());
            select(byName, found, false);
        }
        // Without a limit: every item that carries the code must be seen to tell whether it is the only one.
        e.gbCode().ifPresent(code -> {
            ParameterizedSparqlString byCode = query("""
                SELECT ?item ?code ?type ?coord ?start ?end WHERE {
                  ?item wdt:P442 ?gbCode .
                """ + DETAILS + "}");
            byCode.setLiteral("gbCode", code);
            select(byCode, found, true);
        });
        return found;
    }

    private static ParameterizedSparqlString query(String text) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(text);
        query.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        query.setNsPrefix("wdt", WDT);
        return query;
    }

    private void select(ParameterizedSparqlString query, Map<String, Candidate> found, boolean byCode) {
        try (QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(query.asQuery()).timeout(timeout.toMillis())
            .build()) {
            exec.select().forEachRemaining(b -> {
                Node item = b.get("item");
                if (item == null || !item.isURI() || !item.getURI().startsWith(WD))
                    return;
                Candidate c = found.computeIfAbsent(item.getURI().substring(WD.length()), Candidate::new);
                c.byCode |= byCode;
                Node label = b.get("label");
                if (label != null) {
                    c.zh |= label.getLiteralLanguage().startsWith("zh");
                    c.en |= label.getLiteralLanguage().equals("en");
                }
                Node code = b.get("code");
                if (code != null && code.isLiteral())
                    c.codes.add(code.getLiteralLexicalForm());
                Node type = b.get("type");
                if (type != null && type.isURI() && type.getURI().startsWith(WD)
                    && !c.types.contains(type.getURI().substring(WD.length())))
                    c.types.add(type.getURI().substring(WD.length()));
                Node coord = b.get("coord");
                if (coord != null && coord.isLiteral()) {
                    Matcher m = POINT.matcher(coord.getLiteralLexicalForm());
                    if (m.find())
                        c.point = new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))};
                }
                c.start = year(b.get("start")).orElse(c.start);
                c.end = year(b.get("end")).orElse(c.end);
            });
        }
    }

    private BigDecimal score(Entity e, Candidate c, long carryingCode, Optional<Years> mentioned, List<String> reasons) {
        double evidence = 0;
        double against = 0;
        if (e.gbCode().isPresent()) {
            String code = e.gbCode().get();
            if (c.byCode && carryingCode == 1) {
                evidence += 0.8;
                reasons.add("exact match: the only item with GB/T 2260 code " + code + " (P442), the strongest evidence");
            } else if (c.byCode) {
                reasons.add("GB/T 2260 code " + code + " (P442) carried by " + carryingCode + " items: proposed only");
            } else if (!c.codes.isEmpty()) {
                against += 0.3;
                reasons.add("GB/T 2260 code " + String.join(", ", c.codes) + " (P442), not " + code);
            }
        }
        if (c.zh) {
            evidence += 0.35;
            reasons.add("Chinese name " + e.nameZh());
        }
        if (c.en) {
            evidence += 0.15;
            reasons.add("English name " + e.nameEn());
        }
        String expected = classOfKind.get(e.kind());
        if (expected != null && !c.types.isEmpty()) {
            if (c.types.contains(expected)) {
                evidence += 0.3;
                reasons.add("instance of " + expected + ", as a " + e.kind() + " is");
            } else {
                against += 0.3;
                reasons.add("instance of " + String.join(", ", c.types) + ", not " + expected);
            }
        }
        if (e.coordinates().isPresent() && c.point != null) {
            double km = kilometres(e.coordinates().get(), c.point);
            if (km <= 100) {
                evidence += 0.1;
                reasons.add(String.format("%.0f km away", km));
            } else if (km > 300) {
                against += 0.2;
                reasons.add(String.format("%.0f km away", km));
            }
        }
        if (c.start != null || c.end != null) {
            String lifetime = "(" + (c.start == null ? "?" : c.start) + "–" + (c.end == null ? "" : c.end) + ")";
            if (mentioned.isEmpty()) {
                reasons.add("mentioned by no article: existence " + lifetime + " not scored");
            } else {
                Years years = mentioned.get();
                boolean existed = (c.start == null || c.start <= years.first()) && (c.end == null || c.end >= years.last());
                if (existed)
                    evidence += 0.1;
                else
                    against += 0.3;
                reasons.add((existed ? "existed in " : "did not exist in ") + years
                    + ", when the articles that mention it appeared " + lifetime);
            }
        }
        return BigDecimal.valueOf(Math.min(1, evidence) - against).setScale(2, RoundingMode.HALF_UP);
    }

    /** The columns of a reconciliation file, one proposal a row. */
    public static final String HEADER = "entity\tname_zh\tname_en\tqid\tscore\tdecision\treasons";

    /** A proposal as a row of the reconciliation file: decision {@code accepted} or {@code proposed}. */
    public static String row(Proposal p) {
        return java.util.stream.Stream.of(p.entity().key(), p.entity().nameZh(), p.entity().nameEn(), p.qid(),
                p.score().toPlainString(), p.accepted() ? "accepted" : "proposed", String.join("; ", p.reasons()))
            .map(Reconciler::cell).collect(java.util.stream.Collectors.joining("\t"));
    }

    /** A cell of the reviewable file: a tab or line break (a Wikidata label may hold one) would split the row. */
    private static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static Optional<Integer> year(Node n) {
        if (n == null || !n.isLiteral())
            return Optional.empty();
        Matcher m = YEAR.matcher(n.getLiteralLexicalForm());
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** Great-circle distance between two {latitude, longitude} points. */
    static double kilometres(double[] a, double[] b) {
        double la1 = Math.toRadians(a[0]);
        double la2 = Math.toRadians(b[0]);
        double dLat = la2 - la1;
        double dLon = Math.toRadians(b[1] - a[1]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    /** Sets the endpoint and what the kinds of entity are in Wikidata. */
    public static final class Builder {
        private String endpoint;
        private final Map<String, String> classOfKind = new LinkedHashMap<>();
        private Duration timeout = Duration.ofSeconds(60);

        private Builder() {}

        public Builder endpoint(String endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /** The Wikidata class (a QID) that instances of {@code kind} (e.g. {@code Person}) belong to. */
        public Builder kind(String kind, String wikidataClass) {
            if (!wikidataClass.matches("Q[1-9][0-9]*"))
                throw new IllegalArgumentException("not a Wikidata item identifier: " + wikidataClass);
            classOfKind.put(Objects.requireNonNull(kind, "kind"), wikidataClass);
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Reconciler build() {
            if (endpoint == null)
                throw new IllegalStateException("no endpoint set");
            return new Reconciler(endpoint, classOfKind, timeout);
        }
    }
}
