package org.newsgraph.linking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SchemaOrg;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks up entities that have no confirmed Wikidata link in a Wikidata SPARQL endpoint, by their Chinese and
 * English names, and scores each candidate:
 * <ul>
 *   <li>names: the Chinese name +0.35, the English name +0.15;</li>
 *   <li>type: an instance of the Wikidata class that stands for the entity's kind +0.3 (human for a person,
 *       province of China for a province, …), of other classes only −0.3;</li>
 *   <li>location: within 100 km of the entity's coordinates +0.1, farther than 300 km −0.2;</li>
 *   <li>dates: in existence in 1958 (born or founded by then, not yet dead or dissolved) +0.1, not −0.3.</li>
 * </ul>
 * A candidate is accepted when it scores at least {@link #ACCEPT} and leads the next one by at least
 * {@link #MARGIN}; every other candidate above zero is proposed for review. Nothing here decides alone what is
 * published: the proposals go to a file that the gazetteer is built from.
 */
public final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    /** The lowest score accepted without review. */
    public static final BigDecimal ACCEPT = new BigDecimal("0.8");
    /** How far an accepted candidate must lead the next one. */
    public static final BigDecimal MARGIN = new BigDecimal("0.2");
    /** The year the archive's reference article was printed in: candidates must have existed then. */
    static final int YEAR = 1958;

    private static final String WD = "http://www.wikidata.org/entity/";
    private static final Pattern POINT = Pattern.compile("Point\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");

    private final String endpoint;
    private final Map<String, String> classOfKind;
    private final Duration timeout;

    private Reconciler(String endpoint, Map<String, String> classOfKind, Duration timeout) {
        this.endpoint = endpoint;
        this.classOfKind = Map.copyOf(classOfKind);
        this.timeout = timeout;
    }

    public static Builder builder() { return new Builder(); }

    /** An entity to look up. */
    public record Entity(String key, String kind, String nameZh, String nameEn, Optional<double[]> coordinates) {}

    /** A scored candidate for an entity, with the reasons for its score. */
    public record Proposal(Entity entity, String qid, BigDecimal score, boolean accepted, List<String> reasons) {}

    /**
     * The entities of the authority data with no confirmed Wikidata link ({@code ng:NotFound}), keyed by their IRI
     * relative to {@code base} (e.g. {@code person/tao-zhu}), with their kind, names and coordinates.
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
            Optional<double[]> point = decimal(authority, s, SchemaOrg.latitude)
                .flatMap(lat -> decimal(authority, s, SchemaOrg.longitude).map(lon -> new double[] {lat, lon}));
            entities.add(new Entity(s.getURI().substring(base.length()), kind, name(authority, s, "zh"),
                name(authority, s, "en"), point));
        }
        entities.sort(Comparator.comparing(Entity::key));
        return entities;
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

    private static Optional<Double> decimal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().filter(Node::isLiteral)
            .map(o -> Double.parseDouble(o.getLiteralLexicalForm())).findFirst();
    }

    /** The candidates for {@code entity}, best first; the best is accepted when it clears the threshold. */
    public List<Proposal> reconcile(Entity entity) {
        Map<String, Candidate> candidates = lookUp(entity);
        List<Proposal> scored = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            List<String> reasons = new ArrayList<>();
            BigDecimal score = score(entity, c, reasons);
            if (score.signum() > 0)
                scored.add(new Proposal(entity, c.qid, score, false, reasons));
        }
        scored.sort(Comparator.comparing(Proposal::score).reversed().thenComparing(Proposal::qid));
        if (!scored.isEmpty()) {
            Proposal best = scored.get(0);
            BigDecimal next = scored.size() > 1 ? scored.get(1).score() : BigDecimal.ZERO;
            if (best.score().compareTo(ACCEPT) >= 0 && best.score().subtract(next).compareTo(MARGIN) >= 0)
                scored.set(0, new Proposal(entity, best.qid(), best.score(), true, best.reasons()));
        }
        LOG.debug("{}: {} candidates", entity.key(), scored.size());
        return scored;
    }

    private static final class Candidate {
        final String qid;
        boolean zh;
        boolean en;
        final List<String> types = new ArrayList<>();
        double[] point;
        Integer start;
        Integer end;

        Candidate(String qid) { this.qid = qid; }
    }

    private Map<String, Candidate> lookUp(Entity e) {
        StringBuilder labels = new StringBuilder();
        if (!e.nameZh().isEmpty())
            for (String tag : List.of("zh", "zh-hans", "zh-cn"))
                labels.append(' ').append(literal(e.nameZh(), tag));
        if (!e.nameEn().isEmpty())
            labels.append(' ').append(literal(e.nameEn(), "en"));
        String query = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            SELECT ?item ?label ?type ?coord ?start ?end WHERE {
              VALUES ?label { %s }
              ?item rdfs:label ?label .
              OPTIONAL { ?item wdt:P31 ?type }
              OPTIONAL { ?item wdt:P625 ?coord }
              OPTIONAL { ?item wdt:P569|wdt:P571 ?start }
              OPTIONAL { ?item wdt:P570|wdt:P576 ?end }
            } LIMIT 200""".formatted(labels);
        Map<String, Candidate> found = new LinkedHashMap<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(query).timeout(timeout.toMillis()).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> {
                Node item = b.get("item");
                if (item == null || !item.isURI() || !item.getURI().startsWith(WD))
                    return;
                Candidate c = found.computeIfAbsent(item.getURI().substring(WD.length()), Candidate::new);
                String lang = b.get("label").getLiteralLanguage();
                c.zh |= lang.startsWith("zh");
                c.en |= lang.equals("en");
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
        return found;
    }

    private BigDecimal score(Entity e, Candidate c, List<String> reasons) {
        double s = 0;
        if (c.zh) {
            s += 0.35;
            reasons.add("Chinese name " + e.nameZh());
        }
        if (c.en) {
            s += 0.15;
            reasons.add("English name " + e.nameEn());
        }
        String expected = classOfKind.get(e.kind());
        if (expected != null && !c.types.isEmpty()) {
            if (c.types.contains(expected)) {
                s += 0.3;
                reasons.add("instance of " + expected + ", as a " + e.kind() + " is");
            } else {
                s -= 0.3;
                reasons.add("instance of " + String.join(", ", c.types) + ", not " + expected);
            }
        }
        if (e.coordinates().isPresent() && c.point != null) {
            double km = kilometres(e.coordinates().get(), c.point);
            if (km <= 100) {
                s += 0.1;
                reasons.add(String.format("%.0f km away", km));
            } else if (km > 300) {
                s -= 0.2;
                reasons.add(String.format("%.0f km away", km));
            }
        }
        if (c.start != null || c.end != null) {
            boolean existed = (c.start == null || c.start <= YEAR) && (c.end == null || c.end >= YEAR);
            s += existed ? 0.1 : -0.3;
            reasons.add((existed ? "existed in " : "did not exist in ") + YEAR + " (" + (c.start == null ? "?" : c.start)
                + "–" + (c.end == null ? "" : c.end) + ")");
        }
        return BigDecimal.valueOf(s).setScale(2, RoundingMode.HALF_UP);
    }

    /** The columns of a reconciliation file, one proposal a row. */
    public static final String HEADER = "entity\tname_zh\tname_en\tqid\tscore\tdecision\treasons";

    /** A proposal as a row of the reconciliation file: decision {@code accepted} or {@code proposed}. */
    public static String row(Proposal p) {
        return String.join("\t", p.entity().key(), p.entity().nameZh(), p.entity().nameEn(), p.qid(),
            p.score().toPlainString(), p.accepted() ? "accepted" : "proposed", String.join("; ", p.reasons()));
    }

    private static Optional<Integer> year(Node n) {
        if (n == null || !n.isLiteral())
            return Optional.empty();
        Matcher m = Pattern.compile("^(-?\\d{1,4})-").matcher(n.getLiteralLexicalForm());
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

    private static String literal(String text, String lang) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@" + lang;
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
