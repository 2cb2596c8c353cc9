package org.newsgraph.linking;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.article.Language;
import org.newsgraph.extract.Existence;
import org.newsgraph.rdf.Decimals;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.rdf.Prov;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.rdf.UriScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.dictionary.py.PinyinDictionary;

/**
 * Builds the gazetteer ({@code rdf/gazetteer.ttl}) from the Wikidata-derived source files in
 * {@code rdf/sources/gazetteer/}: the province- and prefecture-level units keyed by GB/T 2260 code
 * ({@code newlook-centers-excerpt.json}), the cities with their English names ({@code
 * china-itinerary-planner-cities.csv}) and the hand-checked entities of the reference article ({@code
 * seed-entities.tsv}), and every prefecture- and county-level unit since 1981 with its names, codes and years
 * ({@code areacodes-history.csv}). Entities with the same Wikidata identifier are merged; a unit of the code history
 * is merged with an entity of the other sources by code, or failing that by its name within its province. A Wikidata
 * identifier is only ever copied from a source, never made up; how sure each link is, and where it came from, is
 * stated in the data. IRIs are written relative, so the file serves any base.
 */
public final class GazetteerBuilder {

    public static final String NEWLOOK = "newlook-centers-excerpt.json";
    public static final String CITIES = "china-itinerary-planner-cities.csv";
    public static final String SEED = "seed-entities.tsv";
    public static final String AREACODES = "areacodes-history.csv";
    /** Proposals of `newsgraph reconcile`, reviewed: rows whose decision is {@code accepted} become links. */
    public static final String RECONCILIATION = "reconciliation.tsv";

    /** Link confidences: hand-checked; two independent extracts agree; one extract; a near match only. */
    static final BigDecimal CHECKED = new BigDecimal("0.95");
    static final BigDecimal TWO_SOURCES = new BigDecimal("0.9");
    static final BigDecimal ONE_SOURCE = new BigDecimal("0.8");
    static final BigDecimal NEAR_MATCH = new BigDecimal("0.6");

    /** Placeholder base for building; the written file has relative IRIs. */
    private static final String BASE = "http://gazetteer.invalid/";
    private static final Logger LOG = LoggerFactory.getLogger(GazetteerBuilder.class);
    private static final Pattern QID = Pattern.compile("^Q[1-9][0-9]*$");

    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    /** The first year of the code history: a unit in use then may be older. */
    private int firstYear;

    private GazetteerBuilder() {}

    /** Reads the three source files of {@code folder} into a gazetteer graph (IRIs under a placeholder base). */
    public static Graph build(Path folder) throws IOException {
        GazetteerBuilder b = new GazetteerBuilder();
        Map<String, Entry> byCode = b.readNewlook(folder.resolve(NEWLOOK));
        b.readCities(folder.resolve(CITIES), byCode);
        b.readSeed(folder.resolve(SEED));
        // The IRIs of these entities are cited and must not change with the units the code history adds.
        b.assignSlugs();
        b.readAreaCodes(folder.resolve(AREACODES), byCode);
        b.assignSlugsOfUnits();
        if (Files.exists(folder.resolve(RECONCILIATION)))
            b.readReconciliation(folder.resolve(RECONCILIATION));
        return b.toGraph();
    }

    /** Writes {@code gazetteer} as Turtle with relative IRIs, resolved against each deployment's base on loading. */
    public static void write(Graph gazetteer, OutputStream out) {
        gazetteer.getPrefixMapping().setNsPrefixes(Namespaces.prefixes()).setNsPrefix("dcterms", DCTerms.getURI());
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
        /** The units it lay in, from the code history. */
        final Set<Entry> within = new LinkedHashSet<>();
        /** Its names and codes over time, from the code history; empty for entities the history does not know. */
        final List<AreaCodeHistory.Row> history = new ArrayList<>();
        final Set<Entry> replacedBy = new LinkedHashSet<>();
        final Set<Entry> replaces = new LinkedHashSet<>();
        OptionalInt existedFrom = OptionalInt.empty();
        OptionalInt existedUntil = OptionalInt.empty();
        /** The pinyin of its stem, when generated: its English name or an alias, and its IRI. */
        String pinyin;
        BigDecimal reconciledScore;
        /** The English name of the unit above, as the city list gives it (for county-level cities, the prefecture). */
        String parentNameEn;

        Entry(String key) { this.key = key; }

        Existence existence() { return new Existence(existedFrom, existedUntil); }

        boolean isPlace() {
            return types.stream().anyMatch(t -> t.getURI().startsWith(NG.NS) && PLACE_TYPES.contains(t))
                || types.contains(SchemaOrg.Country) || types.contains(SchemaOrg.AdministrativeArea);
        }

        /** All its Chinese names. */
        Set<String> namesZh() {
            Set<String> names = new LinkedHashSet<>();
            names.add(nameZh);
            names.addAll(aliasesZh);
            return names;
        }

        /** Prefecture-level at the end of its code history. */
        boolean isPrefectureLevel() {
            return !history.isEmpty()
                && history.get(history.size() - 1).level().equals(AreaCodeHistory.PREFECTURE_LEVEL);
        }
    }

    private static final Set<Node> PLACE_TYPES = Set.of(NG.Province, NG.AutonomousRegion, NG.Municipality,
        NG.Prefecture, NG.AutonomousPrefecture, NG.League, NG.City, NG.PrefectureLevelCity, NG.CountyLevelCity,
        NG.County, NG.AutonomousCounty, NG.District, NG.Banner, NG.AutonomousBanner, NG.Region);

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
            e.types.add(typeOfUnit(code.length(), e.nameZh));
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
        Map<String, Map<String, Integer>> provinceNames = new HashMap<>();   // province code -> English name -> votes
        for (SourceTable.Row row : SourceTable.csv(file)) {
            String qid = row.get("qid");
            requireQid(qid, row);
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
                case "prefecture" -> known && !e.nameZh.endsWith("市") ? typeOfUnit(e.code.length(), e.nameZh) : NG.PrefectureLevelCity;
                case "county" -> NG.CountyLevelCity;
                default -> throw row.error("unknown level " + row.get("level"));
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
        for (SourceTable.Row row : SourceTable.tsv(file)) {
            String qid = row.get("qid").isEmpty() ? null : row.get("qid");
            if (qid != null)
                requireQid(qid, row);
            String status = row.get("status");
            if (!Set.of("verified", "verified-with-caveat", "not-found").contains(status))
                throw row.error("unknown status '" + status + "'");
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
                (Language.ofText(alias) == Language.ZH ? e.aliasesZh : e.aliasesEn).add(alias.strip());
            }
            if (!row.get("lat").isEmpty()) {
                e.lat = row.get("lat");
                e.lon = row.get("lon");
            }
            e.types.add(typeOfKind(row));
            if (!row.get("note").isEmpty())
                e.note = row.get("note");
            e.sources.add(SEED);
        }
    }

    /** Links one of our classes to the Wikidata class it stands for (the seed's rows of kind {@code class}). */
    private final Map<Node, String[]> classLinks = new LinkedHashMap<>();

    private void classRow(SourceTable.Row row, String qid, String status) {
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

    /**
     * Adds the prefecture- and county-level units of the code history: each merged with the entity of the other
     * sources that has its GB code, or else with the city of its name in its province when exactly one unit matches;
     * the rest become entities of their own, without a Wikidata link.
     */
    private void readAreaCodes(Path file, Map<String, Entry> byCode) throws IOException {
        AreaCodeHistory codes = AreaCodeHistory.read(file);
        firstYear = codes.firstYear();
        Map<String, Entry> provinces = new HashMap<>();
        byCode.values().stream().filter(e -> e.code.length() == 2).forEach(e -> provinces.put(e.nameZh, e));
        Map<AreaCodeHistory.Unit, Entry> entries = new LinkedHashMap<>();
        Set<Entry> claimed = new java.util.HashSet<>();
        for (AreaCodeHistory.Unit unit : codes.units())
            byGbCode(unit, byCode).filter(claimed::add).ifPresent(e -> entries.put(unit, e));
        byNameInProvince(codes.units(), entries, provinces);
        for (AreaCodeHistory.Unit unit : codes.units()) {
            Entry e = entries.computeIfAbsent(unit, u -> {
                Entry created = entry(null, "areacodes:" + u.rows.get(0).code() + "-" + u.firstYear());
                created.nameZh = u.latest().name();
                created.types.add(typeOfRow(u.latest()));
                return created;
            });
            e.sources.add(AREACODES);
            e.history.addAll(unit.rows);
            unit.rows.forEach(r -> e.aliasesZh.add(r.name()));
            e.aliasesZh.remove(e.nameZh);
            // A hand-checked entity of the seed says which historical unit it is (洛阳专区 of 1958 is among Luoyang's
            // names): the year its current code began is not the year it began.
            if (unit.firstYear() > firstYear && !e.sources.contains(SEED))
                e.existedFrom = OptionalInt.of(unit.firstYear());
            e.existedUntil = unit.until();
        }
        Map<String, List<AreaCodeHistory.Unit>> prefectures = new HashMap<>();
        for (AreaCodeHistory.Unit unit : codes.units())
            unit.rows.stream().filter(r -> r.level().equals(AreaCodeHistory.PREFECTURE_LEVEL))
                .map(r -> r.province() + "/" + r.name()).distinct()
                .forEach(k -> prefectures.computeIfAbsent(k, x -> new ArrayList<>()).add(unit));
        int unplaced = 0;
        for (Map.Entry<AreaCodeHistory.Unit, Entry> ue : entries.entrySet()) {
            Entry e = ue.getValue();
            for (AreaCodeHistory.Row row : ue.getKey().rows) {
                Entry province = provinces.get(row.province());
                if (province == null) {
                    unplaced++;
                    continue;
                }
                if (row.level().equals(AreaCodeHistory.COUNTY_LEVEL)
                    && !row.prefecture().equals(AreaCodeHistory.DIRECTLY_UNDER_PROVINCE)) {
                    Optional<AreaCodeHistory.Unit> prefecture = prefectureOf(row, prefectures);
                    if (prefecture.isPresent() && entries.get(prefecture.get()) != e)
                        e.within.add(entries.get(prefecture.get()));
                    else if (prefecture.isEmpty())
                        unplaced++;
                }
                e.within.add(province);
            }
            for (AreaCodeHistory.Unit next : ue.getKey().replacedBy) {
                e.replacedBy.add(entries.get(next));
                entries.get(next).replaces.add(e);
            }
        }
        if (unplaced > 0)
            LOG.info("{} rows of {} name no province or prefecture of the gazetteer", unplaced, file.getFileName());
        Set<String> sourcedEnglish = new java.util.HashSet<>();
        byKey.values().forEach(e -> {
            if (e.nameEn != null)
                sourcedEnglish.add(e.nameEn);
            sourcedEnglish.addAll(e.aliasesEn);
        });
        entries.values().stream().filter(e -> e.nameEn == null).distinct()
            .forEach(e -> englishFromPinyin(e, sourcedEnglish));
    }

    /** The entity of the other sources with the unit's code (4 digits for a prefecture) and a name of the same stem. */
    private static Optional<Entry> byGbCode(AreaCodeHistory.Unit unit, Map<String, Entry> byCode) {
        for (int i = unit.rows.size() - 1; i >= 0; i--) {
            AreaCodeHistory.Row row = unit.rows.get(i);
            String code = row.level().equals(AreaCodeHistory.PREFECTURE_LEVEL) ? row.code().substring(0, 4) : row.code();
            Entry e = byCode.get(code);
            if (e != null && AreaCodeHistory.stem(e.nameZh).equals(AreaCodeHistory.stem(row.name())))
                return Optional.of(e);
        }
        return Optional.empty();
    }

    /**
     * Merges the cities of the city list, which have no code, with the unit of the same name (Simplified) in the same
     * province, when the name picks out exactly one unit and the unit exactly one city.
     */
    private void byNameInProvince(List<AreaCodeHistory.Unit> units, Map<AreaCodeHistory.Unit, Entry> entries,
                                  Map<String, Entry> provinces) {
        Map<String, List<Entry>> codedByEnglishName = new HashMap<>();
        byKey.values().stream().filter(e -> e.code != null && e.code.length() <= 4 && e.nameEn != null)
            .forEach(e -> codedByEnglishName.computeIfAbsent(e.nameEn, k -> new ArrayList<>()).add(e));
        Map<String, List<Entry>> cities = new HashMap<>();   // province code + "/" + Simplified name -> cities
        for (Entry city : byKey.values()) {
            if (city.code != null || !city.sources.contains(CITIES) || entries.containsValue(city))
                continue;
            List<Entry> parent = codedByEnglishName.getOrDefault(city.parentNameEn, List.of());
            if (parent.size() != 1)
                continue;
            String province = parent.get(0).code.substring(0, 2);
            for (String name : city.namesZh())
                cities.computeIfAbsent(province + "/" + HanLP.convertToSimplifiedChinese(name), k -> new ArrayList<>())
                    .add(city);
        }
        Map<Entry, Set<AreaCodeHistory.Unit>> unitsOfCity = new LinkedHashMap<>();
        Map<AreaCodeHistory.Unit, Set<Entry>> citiesOfUnit = new LinkedHashMap<>();
        Map<String, String> provinceCodes = new HashMap<>();
        provinces.forEach((name, e) -> provinceCodes.put(name, e.code));
        for (AreaCodeHistory.Unit unit : units) {
            if (entries.containsKey(unit))
                continue;
            for (AreaCodeHistory.Row row : unit.rows)
                for (Entry city : cities.getOrDefault(provinceCodes.get(row.province()) + "/" + row.name(), List.of())) {
                    unitsOfCity.computeIfAbsent(city, k -> new LinkedHashSet<>()).add(unit);
                    citiesOfUnit.computeIfAbsent(unit, k -> new LinkedHashSet<>()).add(city);
                }
        }
        unitsOfCity.forEach((city, matched) -> {
            AreaCodeHistory.Unit unit = matched.iterator().next();
            if (matched.size() == 1 && citiesOfUnit.get(unit).size() == 1)
                entries.put(unit, city);
        });
    }

    /** The prefecture-level unit of the row's {@code 二级行政区} name in its province, in use while the row was. */
    private static Optional<AreaCodeHistory.Unit> prefectureOf(AreaCodeHistory.Row row,
                                                               Map<String, List<AreaCodeHistory.Unit>> prefectures) {
        List<AreaCodeHistory.Unit> named = prefectures.getOrDefault(row.province() + "/" + row.prefecture(), List.of());
        if (named.size() <= 1)
            return named.stream().findFirst();
        List<AreaCodeHistory.Unit> meanwhile = named.stream().filter(u -> u.rows.stream().anyMatch(
            p -> p.name().equals(row.prefecture()) && overlap(p, row))).toList();
        return meanwhile.size() == 1 ? Optional.of(meanwhile.get(0)) : Optional.empty();
    }

    private static boolean overlap(AreaCodeHistory.Row a, AreaCodeHistory.Row b) {
        int aUntil = a.until().orElse(Integer.MAX_VALUE);
        int bUntil = b.until().orElse(Integer.MAX_VALUE);
        return a.from() < bUntil && b.from() < aUntil;
    }

    /**
     * The English name a unit without one from a source is given: the pinyin of its stem, syllables joined and
     * capitalised (莱阳 → Laiyang), with the level word for each of its names as aliases (Laiyang County, Laiyang City).
     * Where a source gives another entity that name (宜都市 is Yidu, and so is 益都县), the pinyin is only an alias, so
     * that both remain candidates and the sourced one stays the main name; a generated alias that is a sourced
     * name of another entity (Luoyang Prefecture, the 1950s 洛阳专区) is left out.
     */
    private static void englishFromPinyin(Entry e, Set<String> sourcedEnglish) {
        Optional<String> stem = pinyin(AreaCodeHistory.stem(e.nameZh));
        if (stem.isEmpty())
            return;
        if (sourcedEnglish.contains(stem.get()))
            e.aliasesEn.add(stem.get());
        else
            e.nameEn = stem.get();
        e.pinyin = stem.get();
        for (AreaCodeHistory.Row row : e.history)
            pinyin(AreaCodeHistory.stem(row.name())).ifPresent(p -> levelWord(typeOfRow(row))
                .map(w -> p + " " + w).filter(alias -> !sourcedEnglish.contains(alias)).ifPresent(e.aliasesEn::add));
    }

    /**
     * The pinyin of a stem, or empty when HanLP cannot be trusted with it: a character of several readings (长 chang or
     * zhang, 乐 le, yue or lao) that no word of HanLP's pinyin dictionary within the stem settles. A wrong name is worse
     * than none.
     */
    static Optional<String> pinyin(String hanzi) {
        if (hanzi.codePointCount(0, hanzi.length()) < 2 || hanzi.length() != hanzi.codePointCount(0, hanzi.length())
            || !hanzi.codePoints().allMatch(Language::isHan))
            return Optional.empty();
        boolean[] settled = new boolean[hanzi.length()];
        for (int from = 0; from < hanzi.length(); from++)
            for (int to = from + 2; to <= hanzi.length(); to++)
                if (PinyinDictionary.get(hanzi.substring(from, to)) != null)
                    java.util.Arrays.fill(settled, from, to, true);
        for (int i = 0; i < hanzi.length(); i++)
            if (!settled[i] && !PLACE_NAME_READINGS.containsKey(hanzi.charAt(i)) && readings(hanzi.charAt(i)) != 1)
                return Optional.empty();
        List<Pinyin> syllables = HanLP.convertToPinyinList(hanzi);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables.size(); i++) {
            Pinyin p = syllables.get(i);
            if (p == Pinyin.none5)
                return Optional.empty();
            String syllable = settled[i] ? p.getPinyinWithoutTone().replace('v', 'ü')
                : PLACE_NAME_READINGS.getOrDefault(hanzi.charAt(i), p.getPinyinWithoutTone().replace('v', 'ü'));
            // A syllable that opens with a vowel is set apart, as in Xi'an.
            if (b.length() > 0 && "aoe".indexOf(syllable.charAt(0)) >= 0)
                b.append('\'');
            b.append(syllable);
        }
        return Optional.of(Character.toUpperCase(b.charAt(0)) + b.substring(1));
    }

    /**
     * Readings of characters in place names where HanLP's first reading is another: 都 is "du" in every place name
     * (成都, 宜都, 益都, 都匀), never the adverb "dou".
     */
    private static final Map<Character, String> PLACE_NAME_READINGS = Map.of('都', "du");

    /** The number of readings of a character, tones aside (北 bei3 and bei4 are one); 0 when HanLP has none. */
    private static int readings(char c) {
        Pinyin[] all = PinyinDictionary.get(String.valueOf(c));
        return all == null ? 0 : (int) java.util.Arrays.stream(all).map(Pinyin::getPinyinWithoutTone).distinct().count();
    }

    private static Optional<String> levelWord(Node type) {
        Map<Node, String> words = Map.of(NG.County, "County", NG.AutonomousCounty, "Autonomous County",
            NG.Banner, "Banner", NG.AutonomousBanner, "Autonomous Banner", NG.CountyLevelCity, "City",
            NG.PrefectureLevelCity, "City", NG.District, "District", NG.Prefecture, "Prefecture",
            NG.AutonomousPrefecture, "Autonomous Prefecture", NG.League, "League");
        return Optional.ofNullable(words.get(type));
    }

    /** Accepted rows link an entity that had no confirmed identifier; a row for any other entity is an error. */
    private void readReconciliation(Path file) throws IOException {
        Map<String, Entry> bySlug = new HashMap<>();
        byKey.values().forEach(e -> bySlug.put(e.slug, e));
        for (SourceTable.Row row : SourceTable.tsv(file)) {
            if (!row.get("decision").equals("accepted"))
                continue;
            Entry e = bySlug.get(row.get("entity"));
            if (e == null)
                throw row.error("no gazetteer entity " + row.get("entity"));
            if (e.qid != null)
                throw row.error(row.get("entity") + " is already linked to " + e.qid);
            requireQid(row.get("qid"), row);
            e.qid = row.get("qid");
            e.status = "reconciled";
            e.reconciledScore = new BigDecimal(row.get("score"));
            e.sources.add(RECONCILIATION);
        }
    }

    private Graph toGraph() {
        Map<Entry, Set<String>> shortForms = shortForms();
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
            shortForms.getOrDefault(e, Set.of()).forEach(f -> add(g, s, SchemaOrg.alternateName, f, "zh"));
            if (e.types.contains(NG.Province) && e.nameEn != null && !e.aliasesEn.contains(e.nameEn + " Province"))
                add(g, s, SchemaOrg.alternateName, e.nameEn + " Province", "en");
            if (e.lat != null && e.isPlace()) {
                g.add(s, SchemaOrg.latitude, Decimals.of(new BigDecimal(e.lat)));
                g.add(s, SchemaOrg.longitude, Decimals.of(new BigDecimal(e.lon)));
            }
            if (e.code != null)
                g.add(s, NG.gbCode, NodeFactory.createLiteralString(e.code));
            e.history.forEach(row -> g.add(s, NG.gbCode, NodeFactory.createLiteralString(row.code())));
            if (e.parent != null)
                g.add(s, SchemaOrg.containedInPlace, NodeFactory.createURI(BASE + e.parent.slug));
            e.within.forEach(w -> g.add(s, SchemaOrg.containedInPlace, NodeFactory.createURI(BASE + w.slug)));
            e.existedFrom.ifPresent(y -> g.add(s, NG.existedFrom, year(y)));
            e.existedUntil.ifPresent(y -> g.add(s, NG.existedUntil, year(y)));
            for (AreaCodeHistory.Row row : e.history) {
                // An IRI rather than a blank node, so that gazetteers compare quickly and periods can be cited.
                Node period = NodeFactory.createURI(BASE + e.slug + "/name-" + row.code() + "-" + row.from());
                g.add(s, NG.nameInUse, period);
                g.add(period, RDF.type.asNode(), NG.NameInUse);
                g.add(period, RDF.type.asNode(), SchemaOrg.Intangible);
                add(g, period, SchemaOrg.name, row.name(), "zh");
                g.add(period, NG.gbCode, NodeFactory.createLiteralString(row.code()));
                if (row.from() > firstYear)
                    g.add(period, NG.inUseFrom, year(row.from()));
                row.until().ifPresent(y -> g.add(period, NG.inUseUntil, year(y)));
            }
            e.replacedBy.forEach(r -> g.add(s, DCTerms.isReplacedBy.asNode(), NodeFactory.createURI(BASE + r.slug)));
            e.replaces.forEach(r -> g.add(s, DCTerms.replaces.asNode(), NodeFactory.createURI(BASE + r.slug)));
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

    /**
     * IRIs for the entities only the code history gives, leaving every other IRI as it was: a name that is taken
     * gets the province, then the prefecture, then the code and its first year ({@code place/yidu-shandong}).
     */
    private void assignSlugsOfUnits() {
        Set<Entry> units = byKey.values().stream().filter(e -> e.slug == null)
            .collect(Collectors.toCollection(LinkedHashSet::new));
        for (Entry e : units)
            e.slug = "place/" + (e.nameEn != null ? slug(e.nameEn) : e.pinyin != null ? slug(e.pinyin)
                : "gb" + e.history.get(e.history.size() - 1).code());
        for (int round = 0; round < 4; round++) {
            Set<Entry> unsettled = clashes().stream().flatMap(List::stream).filter(units::contains).collect(Collectors.toCollection(LinkedHashSet::new));
            for (Entry e : unsettled) {
                AreaCodeHistory.Row latest = e.history.get(e.history.size() - 1);
                Optional<String> qualifier = switch (round) {
                    case 0 -> e.within.stream().filter(w -> w.code != null && w.code.length() == 2).findFirst()
                        .map(w -> w.nameEn);
                    case 1 -> e.within.stream().filter(w -> w.code == null || w.code.length() > 2)
                        .reduce((a, b) -> b).map(w -> w.nameEn);
                    case 2 -> Optional.of(latest.code());
                    default -> Optional.of(Integer.toString(e.history.get(0).from()));   // a code used twice
                };
                qualifier.filter(q -> q != null).ifPresent(q -> e.slug = e.slug + "-" + slug(q));
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
     * The short forms of unit names the paper writes (河南省 → 河南, 莱阳县 and 莱阳市 → 莱阳), each kept only when it
     * names nothing else: 海南 would also shorten 海南藏族自治州. Those of today's province- and prefecture-level units
     * are settled first, among themselves; a county's short form is left out when it is also theirs and the two
     * existed at the same time. Counties and abolished prefecture-level units (临沂县 and 临沂地区) may share one. A
     * stem of one character (莒县) has none.
     */
    private Map<Entry, Set<String>> shortForms() {
        Set<String> fullNames = new java.util.HashSet<>();
        Map<String, Set<Entry>> upper = new HashMap<>();
        Map<String, Set<Entry>> county = new HashMap<>();
        Map<String, Set<Entry>> abolishedUpper = new HashMap<>();
        for (Entry e : byKey.values()) {
            fullNames.addAll(e.namesZh());
            if (e.nameZh == null || !e.isPlace())
                continue;
            boolean current = e.code != null && e.code.length() <= 4;
            for (String name : current ? Set.of(e.nameZh) : e.namesZh()) {
                String stem = AreaCodeHistory.stem(name);
                if (stem.equals(name))
                    continue;
                if (current)
                    upper.computeIfAbsent(stem, k -> new LinkedHashSet<>()).add(e);
                else if (e.isPrefectureLevel())
                    abolishedUpper.computeIfAbsent(stem, k -> new LinkedHashSet<>()).add(e);
                else if (!e.history.isEmpty())
                    county.computeIfAbsent(stem, k -> new LinkedHashSet<>()).add(e);
            }
        }
        Map<Entry, Set<String>> kept = new HashMap<>();
        upper.forEach((form, named) -> {
            if (named.size() == 1 && !fullNames.contains(form))
                kept.computeIfAbsent(named.iterator().next(), k -> new TreeSet<>()).add(form);
        });
        int clashes = 0;
        int words = 0;
        for (Map.Entry<String, Set<Entry>> f : county.entrySet()) {
            // Today's province or prefecture keeps its short form against any county of its time; the counties
            // and abolished prefectures that share one all keep it, and the article's date, the level its words
            // name and the places around them tell which is meant, or leave it unlinked.
            Set<Entry> current = upper.getOrDefault(f.getKey(), Set.of());
            Set<Entry> sharing = new LinkedHashSet<>(f.getValue());
            sharing.addAll(abolishedUpper.getOrDefault(f.getKey(), Set.of()));
            if (fullNames.contains(f.getKey())
                || current.stream().anyMatch(u -> sharing.stream().anyMatch(e -> e.existence().overlaps(u.existence()))))
                clashes++;
            else if (isOrdinaryWord(f.getKey()))
                words++;
            else
                for (Entry e : sharing)
                    kept.computeIfAbsent(e, k -> new TreeSet<>()).add(f.getKey());
        }
        LOG.info("county-level short forms: {} kept, {} naming several units or another's name, {} ordinary words",
            county.size() - clashes - words, clashes, words);
        return kept;
    }

    /**
     * True for a word HanLP's core dictionary knows, but not as a place name (nature {@code ns}): 合作 (合作市) and
     * 东方 (东方市) are far more often "cooperation" and "east" than the county-level cities, and a short form
     * matched in running text would turn every such word into a place.
     */
    private static boolean isOrdinaryWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null)
            return false;
        for (Nature nature : attribute.nature)
            if (nature.startsWith("ns"))
                return false;
        return true;
    }

    /** The kind of a unit from its name and level: the number of digits of its code (2, 4 or 6). */
    private static Node typeOfUnit(int digits, String nameZh) {
        if (digits == 2)
            return nameZh.endsWith("自治区") ? NG.AutonomousRegion : nameZh.endsWith("省") ? NG.Province : NG.Municipality;
        if (digits == 4)
            return nameZh.endsWith("自治州") ? NG.AutonomousPrefecture
                : nameZh.endsWith("地区") || nameZh.endsWith("行政区") ? NG.Prefecture
                : nameZh.endsWith("盟") ? NG.League : NG.PrefectureLevelCity;
        return nameZh.endsWith("自治县") ? NG.AutonomousCounty : nameZh.endsWith("县") ? NG.County
            : nameZh.endsWith("自治旗") ? NG.AutonomousBanner : nameZh.endsWith("旗") ? NG.Banner
            : nameZh.endsWith("市") ? NG.CountyLevelCity : nameZh.endsWith("区") ? NG.District
            : SchemaOrg.AdministrativeArea;   // the islands' unit, 畹町镇: no kind of their own
    }

    private static Node typeOfRow(AreaCodeHistory.Row row) {
        return typeOfUnit(row.level().equals(AreaCodeHistory.PREFECTURE_LEVEL) ? 4 : 6, row.name());
    }

    private static Node typeOfKind(SourceTable.Row row) {
        String kind = row.get("kind");
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
            default -> throw row.error("unknown kind '" + kind + "'");
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

    private static void requireQid(String qid, Path file, String where) {
        if (qid == null || !QID.matcher(qid).matches())
            throw new IllegalArgumentException(file + ": " + where + ": not a Wikidata item identifier: '" + qid + "'");
    }

    private static void requireQid(String qid, SourceTable.Row row) {
        if (qid == null || !QID.matcher(qid).matches())
            throw row.error("not a Wikidata item identifier: '" + qid + "'");
    }

    private static Node year(int year) {
        return NodeFactory.createLiteralDT(Integer.toString(year), XSDDatatype.XSDgYear);
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
}
