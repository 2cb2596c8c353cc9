package org.newsgraph.linking;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The history of China's prefecture- and county-level units as {@code areacodes-history.csv} tells it: one row per
 * name and code, in use from its first year to its change year (each year as of 31 December). Rows that the
 * column {@code 新代码} chains to a row of the same name stem (莱阳县 → 莱阳市, or a new code alone) are one
 * {@link Unit}; a unit whose area passed to units of other names (益都县 → 青州市) is replaced by them.
 */
final class AreaCodeHistory {

    static final String PROVINCE_LEVEL = "省级";
    static final String PREFECTURE_LEVEL = "地级";
    static final String COUNTY_LEVEL = "县级";
    /** Under the province itself, in the column {@code 二级行政区}. */
    static final String DIRECTLY_UNDER_PROVINCE = "直辖";

    private static final Pattern CODE = Pattern.compile("^[1-9][0-9]{5}$");
    private static final Pattern YEAR = Pattern.compile("^(19|20)[0-9]{2}$");
    /** A successor code; a year in brackets marks a part of the area passed on while the unit went on. */
    private static final Pattern SUCCESSOR = Pattern.compile("^([1-9][0-9]{5})(?:\\[((?:19|20)[0-9]{2})])?$");
    private static final Set<String> LEVELS = Set.of(PROVINCE_LEVEL, PREFECTURE_LEVEL, COUNTY_LEVEL);
    private static final Set<String> STATUSES = Set.of("在用", "变更", "弃用");

    /** One name and code for a span of years. */
    record Row(long line, String code, String province, String prefecture, String name, String level, int from,
               OptionalInt until, List<String> successors) {
        boolean inUse(int year) {
            return from <= year && (until.isEmpty() || year < until.getAsInt());
        }
    }

    /** One unit through its names and codes. */
    static final class Unit {
        final List<Row> rows = new ArrayList<>();
        final Set<Unit> replacedBy = new LinkedHashSet<>();

        /** The row of its latest name. */
        Row latest() { return rows.get(rows.size() - 1); }

        int firstYear() { return rows.get(0).from(); }

        /** The year it ended, when every row of it ended. */
        OptionalInt until() {
            if (rows.stream().anyMatch(r -> r.until().isEmpty()))
                return OptionalInt.empty();
            return rows.stream().mapToInt(r -> r.until().getAsInt()).max();
        }
    }

    private final List<Row> rows;
    private final List<Unit> units;
    private final int firstYear;

    private AreaCodeHistory(List<Row> rows, List<Unit> units, int firstYear) {
        this.rows = rows;
        this.units = units;
        this.firstYear = firstYear;
    }

    /** The first year of the data: a unit in use then may be older. */
    int firstYear() { return firstYear; }

    /** The province-level rows. */
    List<Row> provinces() { return rows.stream().filter(r -> r.level().equals(PROVINCE_LEVEL)).toList(); }

    /** The prefecture- and county-level units, ordered by the code and year of their first row. */
    List<Unit> units() { return units; }

    static AreaCodeHistory read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (SourceTable.Row r : SourceTable.csv(file)) {
            String code = r.get("代码");
            if (!CODE.matcher(code).matches())
                throw r.error("not a six-digit division code: '" + code + "'");
            String level = r.get("级别");
            if (!LEVELS.contains(level))
                throw r.error("unknown level '" + level + "'");
            if (!STATUSES.contains(r.get("状态")))
                throw r.error("unknown status '" + r.get("状态") + "'");
            if (r.get("名称").isEmpty() || r.get("一级行政区").isEmpty())
                throw r.error("no name or no province");
            int from = year(r, "启用时间");
            OptionalInt until = r.get("变更/弃用时间").isEmpty() ? OptionalInt.empty() : OptionalInt.of(year(r, "变更/弃用时间"));
            if (until.isPresent() && until.getAsInt() < from)
                throw r.error("changed in " + until.getAsInt() + " before its first year " + from);
            if (until.isEmpty() != r.get("状态").equals("在用"))
                throw r.error("status '" + r.get("状态") + "' does not agree with the change year '" + r.get("变更/弃用时间") + "'");
            List<String> successors = new ArrayList<>();
            for (String s : r.get("新代码").split(";")) {
                if (s.isBlank())
                    continue;
                Matcher m = SUCCESSOR.matcher(s.strip());
                if (!m.matches())
                    throw r.error("not a successor code: '" + s + "'");
                if (m.group(2) == null)
                    successors.add(m.group(1));
            }
            rows.add(new Row(r.line(), code, r.get("一级行政区"), r.get("二级行政区"), r.get("名称"), level, from, until,
                List.copyOf(successors)));
        }
        if (rows.isEmpty())
            throw new IllegalArgumentException(file + ": no rows");
        int firstYear = rows.stream().mapToInt(Row::from).min().orElseThrow();
        return new AreaCodeHistory(rows, chain(rows), firstYear);
    }

    private static int year(SourceTable.Row r, String column) {
        String v = r.get(column);
        if (!YEAR.matcher(v).matches())
            throw r.error("not a year in " + column + ": '" + v + "'");
        return Integer.parseInt(v);
    }

    /** Joins the rows chained to a row of the same stem into units, and links the units that replaced others. */
    private static List<Unit> chain(List<Row> rows) {
        List<Row> units = rows.stream().filter(r -> !r.level().equals(PROVINCE_LEVEL)).toList();
        Map<String, List<Row>> byCode = new HashMap<>();
        units.forEach(r -> byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r));
        Map<Row, Row> root = new HashMap<>();
        units.forEach(r -> root.put(r, r));
        Map<Row, List<Row>> successors = new LinkedHashMap<>();
        for (Row r : units) {
            if (r.until().isEmpty())
                continue;
            List<Row> next = new ArrayList<>();
            for (String code : r.successors())
                successor(byCode.getOrDefault(code, List.of()), r.until().getAsInt()).filter(s -> s != r)
                    .ifPresent(next::add);
            successors.put(r, next);
            next.stream().filter(s -> stem(s.name()).equals(stem(r.name()))).forEach(s -> union(root, r, s));
        }
        Map<Row, Unit> unitOf = new LinkedHashMap<>();
        for (Row r : units.stream().sorted(Comparator.comparingInt(Row::from).thenComparing(Row::code)).toList())
            unitOf.computeIfAbsent(find(root, r), k -> new Unit()).rows.add(r);
        Map<Row, Unit> byRow = new HashMap<>();
        unitOf.values().forEach(u -> u.rows.forEach(r -> byRow.put(r, u)));
        successors.forEach((r, next) -> {
            Unit u = byRow.get(r);
            // A unit goes on in a successor of its own stem; only a unit that ended was replaced.
            if (next.stream().noneMatch(s -> byRow.get(s) == u))
                next.forEach(s -> u.replacedBy.add(byRow.get(s)));
        });
        return unitOf.values().stream()
            .sorted(Comparator.comparing((Unit u) -> u.rows.get(0).code()).thenComparingInt(Unit::firstYear)).toList();
    }

    /** The row of {@code code} that took over in {@code year}: the one that began then, or else the one in use. */
    private static java.util.Optional<Row> successor(List<Row> withCode, int year) {
        return withCode.stream().filter(s -> s.from() == year).findFirst()
            .or(() -> withCode.stream().filter(s -> s.inUse(year)).findFirst());
    }

    private static Row find(Map<Row, Row> root, Row r) {
        while (root.get(r) != r)
            r = root.get(r);
        return r;
    }

    private static void union(Map<Row, Row> root, Row a, Row b) {
        root.put(find(root, a), find(root, b));
    }

    /**
     * A unit's name without the word for its level: 莱阳县 and 莱阳市 → 莱阳, 环江毛南族自治县 → 环江, 阿拉善左旗 →
     * 阿拉善. A name of one character before its level word (莒县) has no shorter form and is its own stem.
     */
    static String stem(String name) {
        Matcher m = LEVEL_SUFFIX.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    /** The ethnic groups whose names autonomous units carry (僮, the 1950s name of the Zhuang, included). */
    private static final String ETHNIC_GROUPS = String.join("|", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "僮",
        "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜",
        "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯",
        "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
        "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各");
    /** The shortest stem of two characters or more, then the level word (ethnic names of autonomous units included). */
    private static final Pattern LEVEL_SUFFIX = Pattern.compile("^(\\p{IsHan}{2,}?)(?:(?:(?:" + ETHNIC_GROUPS + ")族?)*"
        + "自治(?:区|州|县|旗)|省|市|地区|行政区|盟|县|新区|特区|林区|矿区|区|(?:左翼|右翼)?[前中后左右]?(?:联合)?旗)$");
}
