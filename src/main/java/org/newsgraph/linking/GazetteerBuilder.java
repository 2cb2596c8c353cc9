package org.newsgraph.linking;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.rdf.Prov;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.rdf.UriScheme;

/**
 * Builds the gazetteer ({@code rdf/gazetteer.ttl}) from the Wikidata-derived source files in
 * {@code rdf/sources/gazetteer/}: the province- and prefecture-level units keyed by GB/T 2260 code
 * ({@code newlook-centers-excerpt.json}), the cities with their English names ({@code
 * china-itinerary-planner-cities.csv}) and the hand-checked entities of the reference article ({@code
 * seed-entities.tsv}). Entities with the same Wikidata identifier are merged. A Wikidata identifier is only ever
 * copied from a source, never made up; how sure each link is, and where it came from, is stated in the data.
 * IRIs are written relative, so the file serves any base.
 */
public final class GazetteerBuilder {

    public static final String NEWLOOK = "newlook-centers-excerpt.json";
    public static final String CITIES = "china-itinerary-planner-cities.csv";
    public static final String SEED = "seed-entities.tsv";
    /** Proposals of `newsgraph reconcile`, reviewed: rows whose decision is {@code accepted} become links. */
    public static final String RECONCILIATION = "reconciliation.tsv";

    /** Link confidences: hand-checked; two independent extracts agree; one extract; a near match only. */
    static final BigDecimal CHECKED = new BigDecimal("0.95");
    static final BigDecimal TWO_SOURCES = new BigDecimal("0.9");
    static final BigDecimal ONE_SOURCE = new BigDecimal("0.8");
    static final BigDecimal NEAR_MATCH = new BigDecimal("0.6");

    /** Placeholder base for building; the written file has relative IRIs. */
    private static final String BASE = "http://gazetteer.invalid/";
    private static final Pattern QID = Pattern.compile("^Q[1-9][0-9]*$");
    /** Short forms of Chinese unit names: 河南省 → 河南, 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边. */
    private static final Pattern SHORT_ZH = Pattern.compile("^(\\p{IsHan}{2,}?)(?:(?:(?:\\p{IsHan}{1,5}?族)+"
        + "|维吾尔|蒙古|哈萨克|柯尔克孜)?自治(?:区|州|县)|省|市|地区|盟)$");

    private final Map<String, Entry> byKey = new LinkedHashMap<>();

    private GazetteerBuilder() {}

    /** Reads the three source files of {@code folder} into a gazetteer graph (IRIs under a placeholder base). */
    public static Graph build(Path folder) throws IOException {
        GazetteerBuilder b = new GazetteerBuilder();
        Map<String, Entry> byCode = b.readNewlook(folder.resolve(NEWLOOK));
        b.readCities(folder.resolve(CITIES), byCode);
        b.readSeed(folder.resolve(SEED));
        b.assignSlugs();
        if (Files.exists(folder.resolve(RECONCILIATION)))
            b.readReconciliation(folder.resolve(RECONCILIATION));
        return b.toGraph();
    }

    /** Writes {@code gazetteer} as Turtle with relative IRIs, resolved against each deployment's base on loading. */
    public static void write(Graph gazetteer, OutputStream out) {
        gazetteer.getPrefixMapping().setNsPrefixes(Namespaces.prefixes())
            .setNsPrefix("skos", SKOS.getURI()).setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        RDFWriter.source(gazetteer).format(RDFFormat.TURTLE_PRETTY).base(BASE)
            .set(RIOT.symTurtleOmitBase, true).output(out);
    }

    /** One entity as gathered from the sources. */
    private static final class Entry {
        final String key;
        String slug;
        String nameZh;
        String nameEn;
        final Set<String> aliasesZh = new LinkedHashSet<>();
        final Set<String> aliasesEn = new LinkedHashSet<>();
        final Set<Node> types = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        String qid;
        String status;
        String note;
        String lat;
        String lon;
        String code;
        Entry parent;
        BigDecimal reconciledScore;
        /** The English name of the unit above, as the city list gives it (for county-level cities, the prefecture). */
        String parentNameEn;

        Entry(String key) { this.key = key; }

        boolean isPlace() {
            return types.stream().anyMatch(t -> t.getURI().startsWith(NG.NS) && PLACE_TYPES.contains(t))
                || types.contains(SchemaOrg.Country);
        }
    }

    private static final Set<Node> PLACE_TYPES = Set.of(NG.Province, NG.AutonomousRegion, NG.Municipality,
        NG.Prefecture, NG.AutonomousPrefecture, NG.League, NG.City, NG.PrefectureLevelCity, NG.CountyLevelCity,
        NG.County, NG.AutonomousCounty, NG.District, NG.Region);

    private Entry entry(String qid, String fallbackKey) {
        return byKey.computeIfAbsent(qid != null ? qid : fallbackKey, Entry::new);
    }

    private Map<String, Entry> readNewlook(Path file) throws IOException {
        JsonObject json = JSON.read(file.toString());
        Map<String, Entry> byCode = new TreeMap<>();
        for (String code : new java.util.TreeSet<>(json.keys())) {
            JsonArray v = json.get(code).getAsArray();
            String qid = v.get(3).getAsString().value();
            requireQid(qid, file, code);
            Entry e = entry(qid, null);
            e.qid = qid;
            e.code = code;
            e.nameZh = v.get(2).getAsString().value();
            e.lat = v.get(0).getAsNumber().value().toString();
            e.lon = v.get(1).getAsNumber().value().toString();
            e.types.add(typeOfUnit(code, e.nameZh));
            e.sources.add(NEWLOOK);
            byCode.put(code, e);
        }
        for (Entry e : byCode.values()) {
            if (e.code.length() > 2)
                e.parent = byCode.get(e.code.substring(0, e.code.length() == 6 ? 4 : 2));
            if (e.parent == null && e.code.length() == 6)
                e.parent = byCode.get(e.code.substring(0, 2));
        }
        return byCode;
    }

    private void readCities(Path file, Map<String, Entry> byCode) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        Map<String, Map<String, Integer>> provinceNames = new HashMap<>();   // province code -> English name -> votes
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank())
                continue;
            Map<String, String> row = row(header, lines.get(i).split(",", -1), file, i + 1);
            String qid = row.get("qid");
            requireQid(qid, file, "line " + (i + 1));
            Entry e = entry(qid, null);
            boolean known = e.sources.contains(NEWLOOK);
            e.qid = qid;
            e.nameEn = row.get("name_en");
            if (e.nameZh == null)
                e.nameZh = row.get("name_zh");
            else if (!e.nameZh.equals(row.get("name_zh")))
                e.aliasesZh.add(row.get("name_zh"));   // often the Traditional form, e.g. 洛陽市
            if (e.lat == null) {
                e.lat = row.get("lat");
                e.lon = row.get("lon");
            }
            e.types.add(switch (row.get("level")) {
                case "municipality" -> NG.Municipality;
                case "prefecture" -> known && !e.nameZh.endsWith("市") ? typeOfUnit(e.code, e.nameZh) : NG.PrefectureLevelCity;
                case "county" -> NG.CountyLevelCity;
                default -> throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown level " + row.get("level"));
            });
            e.sources.add(CITIES);
            e.parentNameEn = row.get("province_en");
            if (known && e.code.length() == 4)
                provinceNames.computeIfAbsent(e.code.substring(0, 2), k -> new HashMap<>())
                    .merge(row.get("province_en"), 1, Integer::sum);
        }
        // Provinces have no row of their own: their English name is the one their cities give most often.
        provinceNames.forEach((code, votes) -> {
            Entry province = byCode.get(code);
            if (province != null && province.nameEn == null)
                province.nameEn = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        });
    }

    private void readSeed(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank())
                continue;
            Map<String, String> row = row(header, lines.get(i).split("\t", -1), file, i + 1);
            String qid = row.get("qid").isEmpty() ? null : row.get("qid");
            if (qid != null)
                requireQid(qid, file, "line " + (i + 1));
            String status = row.get("status");
            if (!Set.of("verified", "verified-with-caveat", "not-found").contains(status))
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown status '" + status + "'");
            if (row.get("kind").equals("class")) {
                classRow(row, qid, status);
                continue;
            }
            // A near match is not the same entity: it gets an entity of its own, linked loosely.
            boolean identical = status.equals("verified");
            Entry e = entry(identical ? qid : null, "seed:" + row.get("name_en"));
            e.qid = qid;
            e.status = status;
            e.nameEn = row.get("name_en");
            if (e.nameZh == null || !identical)
                e.nameZh = row.get("name_zh");
            else if (!e.nameZh.equals(row.get("name_zh")))
                e.aliasesZh.add(row.get("name_zh"));
            for (String alias : row.get("aliases").split("\\|")) {
                if (alias.isBlank())
                    continue;
                (alias.codePoints().anyMatch(GazetteerBuilder::isHan) ? e.aliasesZh : e.aliasesEn).add(alias.strip());
            }
            if (!row.get("lat").isEmpty()) {
                e.lat = row.get("lat");
                e.lon = row.get("lon");
            }
            e.types.add(typeOfKind(row.get("kind"), file, i + 1));
            if (!row.get("note").isEmpty())
                e.note = row.get("note");
            e.sources.add(SEED);
        }
    }

    /** Links one of our classes to the Wikidata class it stands for (the seed's rows of kind {@code class}). */
    private final Map<Node, String[]> classLinks = new LinkedHashMap<>();

    private void classRow(Map<String, String> row, String qid, String status) {
        Node ours = switch (row.get("name_zh")) {
            case "省" -> NG.Province;
            case "自治区" -> NG.AutonomousRegion;
            case "地级市" -> NG.PrefectureLevelCity;
            case "地区" -> NG.Prefecture;
            case "县" -> NG.County;
            case "自治县" -> NG.AutonomousCounty;
            default -> throw new IllegalArgumentException("no newsgraph class for the Wikidata class " + row.get("name_en"));
        };
        if (qid != null && status.equals("verified"))
            classLinks.put(ours, new String[] {qid, row.get("name_en")});
    }

    /** Accepted rows link an entity that had no confirmed identifier; a row for any other entity is an error. */
    private void readReconciliation(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        Map<String, Entry> bySlug = new HashMap<>();
        byKey.values().forEach(e -> bySlug.put(e.slug, e));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank())
                continue;
            Map<String, String> row = row(header, lines.get(i).split("\t", -1), file, i + 1);
            if (!row.get("decision").equals("accepted"))
                continue;
            Entry e = bySlug.get(row.get("entity"));
            if (e == null)
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": no gazetteer entity " + row.get("entity"));
            if (e.qid != null)
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + row.get("entity") + " is already linked to " + e.qid);
            requireQid(row.get("qid"), file, "line " + (i + 1));
            e.qid = row.get("qid");
            e.status = "reconciled";
            e.reconciledScore = new BigDecimal(row.get("score"));
            e.sources.add(RECONCILIATION);
        }
    }

    private Graph toGraph() {
        Map<String, List<Entry>> byShortForm = new HashMap<>();
        Set<String> fullNames = new java.util.HashSet<>();
        for (Entry e : byKey.values()) {
            fullNames.add(e.nameZh);
            fullNames.addAll(e.aliasesZh);
            shortForm(e).ifPresent(s -> byShortForm.computeIfAbsent(s, k -> new ArrayList<>()).add(e));
        }
        Graph g = GraphFactory.createDefaultGraph();
        for (Entry e : byKey.values()) {
            Node s = NodeFactory.createURI(BASE + e.slug);
            for (Node type : e.types) {
                g.add(s, RDF.type.asNode(), type);
                Node schemaType = schemaTypeOf(type);
                if (!schemaType.equals(type))
                    g.add(s, RDF.type.asNode(), schemaType);
            }
            add(g, s, SchemaOrg.name, e.nameZh, "zh");
            add(g, s, SchemaOrg.name, e.nameEn, "en");
            e.aliasesZh.stream().filter(a -> !a.equals(e.nameZh)).forEach(a -> add(g, s, SchemaOrg.alternateName, a, "zh"));
            e.aliasesEn.stream().filter(a -> !a.equals(e.nameEn)).forEach(a -> add(g, s, SchemaOrg.alternateName, a, "en"));
            // A generated short form is kept only when it names nothing else: 海南 would also shorten 海南藏族自治州.
            shortForm(e).filter(f -> byShortForm.get(f).size() == 1 && !fullNames.contains(f) && !e.aliasesZh.contains(f))
                .ifPresent(f -> add(g, s, SchemaOrg.alternateName, f, "zh"));
            if (e.types.contains(NG.Province) && e.nameEn != null && !e.aliasesEn.contains(e.nameEn + " Province"))
                add(g, s, SchemaOrg.alternateName, e.nameEn + " Province", "en");
            if (e.lat != null && e.isPlace()) {
                g.add(s, SchemaOrg.latitude, NodeFactory.createLiteralDT(e.lat, XSDDatatype.XSDdecimal));
                g.add(s, SchemaOrg.longitude, NodeFactory.createLiteralDT(e.lon, XSDDatatype.XSDdecimal));
            }
            if (e.code != null)
                g.add(s, NG.gbCode, NodeFactory.createLiteralString(e.code));
            if (e.parent != null)
                g.add(s, SchemaOrg.containedInPlace, NodeFactory.createURI(BASE + e.parent.slug));
            if (e.note != null)
                add(g, s, RDFS.comment.asNode(), e.note, "en");
            for (String source : e.sources)
                g.add(s, Prov.wasDerivedFrom, NodeFactory.createURI(BASE + "source/" + stem(source)));
            link(g, s, e);
        }
        classLinks.forEach((ours, wd) -> {
            g.add(ours, SKOS.exactMatch.asNode(), NodeFactory.createURI(Namespaces.WIKIDATA_ENTITY + wd[0]));
        });
        return g;
    }

    /** The Wikidata link, its status and confidence; see {@code ng:linkStatus} in the ontology. */
    private static void link(Graph g, Node s, Entry e) {
        Node status;
        BigDecimal confidence = null;
        Node wd = e.qid == null ? null : NodeFactory.createURI(Namespaces.WIKIDATA_ENTITY + e.qid);
        if ("reconciled".equals(e.status)) {
            g.add(s, OWL.sameAs.asNode(), wd);
            status = NG.Reconciled;
            confidence = e.reconciledScore;
        } else if (e.status != null && e.status.equals("not-found") || wd == null) {
            status = NG.NotFound;
        } else if ("verified-with-caveat".equals(e.status)) {
            status = NG.VerifiedWithCaveat;
            confidence = NEAR_MATCH;
            g.add(s, SKOS.closeMatch.asNode(), wd);
        } else {
            g.add(s, OWL.sameAs.asNode(), wd);
            if ("verified".equals(e.status)) {
                status = NG.Verified;
                confidence = CHECKED;
            } else {
                status = NG.Extracted;
                confidence = e.sources.contains(NEWLOOK) && e.sources.contains(CITIES) ? TWO_SOURCES : ONE_SOURCE;
            }
        }
        g.add(s, NG.linkStatus, status);
        if (confidence != null)
            g.add(s, NG.linkConfidence, NodeFactory.createLiteralDT(confidence.toPlainString(), XSDDatatype.XSDdecimal));
    }

    /**
     * Readable, unique IRIs: {@code place/henan}, {@code organization/xinhua-news-agency}. Names that clash get the
     * unit above ({@code place/taizhou-zhejiang}, {@code place/lufeng-shanwei}), and failing that the Wikidata
     * identifier or the kind; the reference article's checked entities keep the plain IRI.
     */
    private void assignSlugs() {
        for (Entry e : byKey.values())
            e.slug = folder(e) + "/" + (e.nameEn != null ? slug(e.nameEn) : e.code != null ? "gb" + e.code : slug(e.key));
        for (int round = 0; round < 2; round++) {
            for (List<Entry> clash : clashes()) {
                boolean seedWins = clash.stream().filter(e -> e.sources.contains(SEED)).count() == 1;
                for (Entry e : clash) {
                    if (seedWins && e.sources.contains(SEED))
                        continue;
                    e.slug = e.slug + "-" + (round == 0 ? qualifier(e)
                        : e.qid != null ? e.qid.toLowerCase(Locale.ROOT) : slug(e.key));
                }
            }
        }
        List<List<Entry>> left = clashes();
        if (!left.isEmpty())
            throw new IllegalStateException("gazetteer entities with the same IRI: " + left.get(0).get(0).slug);
    }

    private List<List<Entry>> clashes() {
        Map<String, List<Entry>> bySlug = new HashMap<>();
        byKey.values().forEach(e -> bySlug.computeIfAbsent(e.slug, k -> new ArrayList<>()).add(e));
        return bySlug.values().stream().filter(l -> l.size() > 1).toList();
    }

    /** What sets a place apart from others of its name: the province, the unit above, or its kind. */
    private static String qualifier(Entry e) {
        Entry province = e.parent != null && e.parent.parent != null ? e.parent.parent : e.parent;
        if (province != null && province.nameEn != null)
            return slug(province.nameEn);
        if (e.parentNameEn != null && !e.parentNameEn.isBlank() && !e.parentNameEn.equals(e.nameEn))
            return slug(e.parentNameEn);
        return e.types.stream().filter(PLACE_TYPES::contains).findFirst()
            .map(t -> slug(t.getLocalName().replaceAll("(?<=[a-z])(?=[A-Z])", " "))).orElse(slug(e.key));
    }

    private static String folder(Entry e) {
        if (e.isPlace())
            return "place";
        if (e.types.contains(SchemaOrg.Person))
            return "person";
        if (e.types.contains(SchemaOrg.Organization))
            return "organization";
        return "concept";
    }

    /**
     * The short form of a province- or prefecture-level unit's name (河南省 → 河南). County-level names are left
     * whole: short, they are everyday words (合作市 → 合作 "cooperation", 东方市 → 东方 "east").
     */
    private static java.util.Optional<String> shortForm(Entry e) {
        if (e.nameZh == null || !e.isPlace() || e.code == null || e.code.length() > 4)
            return java.util.Optional.empty();
        Matcher m = SHORT_ZH.matcher(e.nameZh);
        return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static Node typeOfUnit(String code, String nameZh) {
        if (code.length() == 2)
            return nameZh.endsWith("自治区") ? NG.AutonomousRegion : nameZh.endsWith("省") ? NG.Province : NG.Municipality;
        if (code.length() == 4)
            return nameZh.endsWith("自治州") ? NG.AutonomousPrefecture : nameZh.endsWith("地区") ? NG.Prefecture
                : nameZh.endsWith("盟") ? NG.League : NG.PrefectureLevelCity;
        return nameZh.endsWith("自治县") ? NG.AutonomousCounty : nameZh.endsWith("县") ? NG.County : NG.District;
    }

    private static Node typeOfKind(String kind, Path file, int line) {
        return switch (kind) {
            case "province" -> NG.Province;
            case "autonomous region" -> NG.AutonomousRegion;
            case "region" -> NG.Region;
            case "prefecture" -> NG.Prefecture;
            case "city" -> NG.City;
            case "county" -> NG.County;
            case "country" -> SchemaOrg.Country;
            case "organization" -> SchemaOrg.Organization;
            case "person" -> SchemaOrg.Person;
            case "event" -> SchemaOrg.Event;
            case "commodity" -> NG.Commodity;
            case "unit" -> NG.UnitOfMeasure;
            case "concept" -> SKOS.Concept.asNode();
            default -> throw new IllegalArgumentException(file + ":" + line + ": unknown kind '" + kind + "'");
        };
    }

    /** The schema.org type a newsgraph class specialises, so that schema.org consumers see a type they know. */
    private static Node schemaTypeOf(Node type) {
        if (PLACE_TYPES.contains(type))
            return NG.City.equals(type) || NG.PrefectureLevelCity.equals(type) || NG.CountyLevelCity.equals(type)
                ? SchemaOrg.City : SchemaOrg.AdministrativeArea;
        if (NG.Commodity.equals(type))
            return SchemaOrg.Product;
        if (NG.UnitOfMeasure.equals(type) || SKOS.Concept.asNode().equals(type))
            return SchemaOrg.DefinedTerm;
        return type;
    }

    private static Map<String, String> row(List<String> header, String[] cells, Path file, int line) {
        if (cells.length != header.size())
            throw new IllegalArgumentException(file + ":" + line + ": " + cells.length + " fields, expected " + header.size());
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < cells.length; i++)
            row.put(header.get(i), cells[i].strip());
        return row;
    }

    private static void requireQid(String qid, Path file, String where) {
        if (qid == null || !QID.matcher(qid).matches())
            throw new IllegalArgumentException(file + ": " + where + ": not a Wikidata item identifier: '" + qid + "'");
    }

    private static void add(Graph g, Node s, Node p, String text, String lang) {
        if (text != null && !text.isBlank())
            g.add(s, p, NodeFactory.createLiteralLang(text, lang));
    }

    private static String slug(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return ascii.isEmpty() ? UriScheme.segment(name) : ascii;
    }

    private static String stem(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
