package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.article.Language;
import org.newsgraph.article.Span;
import org.newsgraph.text.Numerals;
import org.newsgraph.text.Widths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds stated amounts in Chinese and English text: numerals with a unit or a qualifier, ranges, percentages and rates.
 * Chinese: 一千零七十万吨, 一百四十多名, 五十七万钢铁大军, 两万到两万五千个, 日产七千吨, 万人以上, 近十万, 约五千, 190多万个,
 * 一千多公里, 百分之十至百分之四十, 60％左右. English: 10.7 million tons, more than 140 technicians, 570,000 steel
 * soldiers, 20,000 to 25,000, a daily output of 7,000 tons, a million-strong army, over a thousand kilometers, 10% to
 * 30%. A numeral is read whole or not at all: never the tail of a longer one (七三三吨 of 一万四千九百二十四点七三三吨,
 * 384.05 tons of 22,384.05 tons), never part of one the reader cannot read. Words that only look like amounts are
 * left out: 一个 meaning "a", labels (万吨省, 千吨县), durations (两个多小时), years (1953 to 1958), page numbers.
 * Thread-safe.
 */
public final class QuantityFinder {

    private static final Logger LOG = LoggerFactory.getLogger(QuantityFinder.class);

    private static final Pattern ORDINARY_ZH = Pattern.compile("[" + Numerals.ORDINARY_CHARACTERS + "]");
    private static final Pattern FINANCIAL_ZH = Pattern.compile("[" + Numerals.FINANCIAL_CHARACTERS + "]");
    /**
     * What joins two parts of one numeral, or two numerals into a range the finder does not read: points (also the
     * middle dots some print as a point), thousands separators, and the 、 of 三、四万 (30,000 to 40,000).
     */
    private static final String SEPARATORS = ".,点點·・、";
    /** A numeral in ordinary or in financial forms; it does not start with its point. */
    private static final String N = "(?![.．点點])(?:[" + Numerals.ORDINARY_CHARACTERS + "]+|["
        + Numerals.FINANCIAL_CHARACTERS + "]+)";
    private static final String RANGE_ZH = "(?:到|至|～|~|—|-)";
    private static final String NEARLY_ZH = "(?<pre>将近|大约|(?<!最)近|约)?";
    /**
     * Measures, longest first, then counters: 个 not of a duration (两个多小时, 三个月), 部 not of 一部分 or 部门, 元 not
     * of 元帅 or 元旦. 多 and 余 may stand before the 万 or 亿 that ends a numeral (190多万个: more than 1.9 million)
     * or after the unit (三亩多). 万户 of 千家万户 is a saying, not a count.
     */
    private static final Pattern ZH = Pattern.compile(
        "(?<!千家)" + NEARLY_ZH + "(?<a>" + N + ")(?<more>多|余)?(?<mult>[万萬亿億])?"
            + "(?:" + RANGE_ZH + "(?<b>" + N + ")(?<more2>多|余)?(?<mult2>[万萬亿億])?)?"
            + "(?:(?<unit>立方公尺|立方米|平方公里|平方米|公里|华里|公尺|公斤|公顷|米|吨|斤|担|亩|元(?![帅旦素首老件月年代朝宵])"
            + "|个(?!多?(?:月|小时|钟头|星期|礼拜|时期|阶段|时候)|半)|座|台|辆|艘|部(?![分门队长署落件位曲])|头|户|名|人)"
            + "|(?<army>\\p{IsHan}{0,4}?)大军)(?<post>以上|左右|多)?");
    /** 百分之五十, 百分之三点五, 百分之十至百分之四十, 50％, 10％到30％; not 百分之十几 (ten-odd percent). */
    private static final Pattern PERCENT_ZH = Pattern.compile(
        NEARLY_ZH + "(?:百分之(?<a>" + N + ")(?![几" + Numerals.ORDINARY_CHARACTERS + "])"
            + "(?:" + RANGE_ZH + "百分之(?<b>" + N + "))?"
            + "|(?<da>" + N + ")[%％](?:" + RANGE_ZH + "(?<db>" + N + ")[%％])?)(?<post>以上|左右|多)?");
    /** Counters: with a bare 一 they mean "a" (换一个风口, 建一座炉), not an amount. */
    private static final String COUNTERS_ZH = "个座台辆艘部头户";
    /** After 一 and a unit, "not one less" (一斤不少, 一两也不少, 一吨不差): no amount, only that nothing is missing. */
    private static final Pattern NOT_ONE_LESS_ZH = Pattern.compile("也?不(?:少|差|缺)");
    /** What a measure names when a label follows it: 万吨省, 千吨县, 万斤社, 万吨级. */
    private static final String LABELLED_ZH = "县省市社乡村厂矿田炉方片级轮";
    /** 头 counts animals only where the clause names them (大小牲畜四十二万头, 三头牛); else 两头 is "both ends". */
    private static final Pattern LIVESTOCK_ZH = Pattern.compile("牲畜|牲口|家畜|[牛羊猪马驴骡驼畜]");
    /** Rate words of Chinese; 日产 after a day of the month (29日产铁) or 这一天 (on this day) is no rate. */
    private static final Pattern RATE_ZH = Pattern.compile(
        "(?<day>每日|每天|(?<![0-9０-９一二三四五六七八九十廿卅今昨本次当])日(?:产|装|运)|(?<![这那当同])一天(?:生产|产|装卸|装车|运))"
            + "|(?<hour>每小时|每个小时)|(?<month>每月|每个月|(?<![0-9０-９一二三四五六七八九十本上下])月产)|(?<year>全年|年产|每年)");
    /** Clause punctuation: a rate word only counts within the amount's own clause. */
    private static final String CLAUSE_ZH = "，。；：！？、,;:";
    /** A rate noun that ends a subject, its clause carried on past the comma: 日产量，达到五千吨. */
    private static final Pattern RATE_SUBJECT_ZH = Pattern.compile("[日月年]产量$");

    /** A number read whole: no digit, and no point or comma with a digit, follows it. */
    private static final String NUMBER_EN = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![.,]?\\d)";
    private static final String MULTIPLIER_EN = "(?:\\s+|-)(?:million|billion|thousand|hundred)";
    private static final String PEOPLE_EN =
        "people|persons|[a-z]*workers|labou?rers|carpenters|miners|soldiers|technicians|cadres|peasants|farmers"
            + "|herdsmen|students|members|army|troops|men|women";
    /** Words between a number and the things it counts: no function word (2 of this, 80 in the). */
    private static final String COUNTED_WORD_EN =
        "(?!(?:of|the|this|that|a|an|and|or|in|on|at|to|for|by|with|from|was|were|is|are)\\b)[a-z][a-z-]*";
    private static final Pattern EN = Pattern.compile(
        "(?<pre>more than|over|nearly|almost|about|approximately|at least|some)?\\s*"
            + "\\b(?<a>" + NUMBER_EN + "|(?:a|one)\\b)(?<am>" + MULTIPLIER_EN + ")?(?<apct>%)?"
            + "(?:\\s*(?:to|-|–)\\s*(?<b>" + NUMBER_EN + ")(?<bm>" + MULTIPLIER_EN + ")?)?"
            + "(?:(?<pct>%|\\s+percent\\b|\\s+per cent\\b)"
            + "|(?:\\s+|-)(?<unit>metric ton(?:ne)?s?|ton(?:ne)?s?|square[- ]kilomet(?:er|re)s?|kilomet(?:er|re)s?|km"
            + "|cubic[- ]met(?:er|re)s?|square[- ]met(?:er|re)s?|met(?:er|re)s?|kilograms?|kg|hectares?|jin|catty|catties"
            + "|mu|dan|yuan|head)\\b"
            + "|(?<people>(?:[\\s-]+" + COUNTED_WORD_EN + "){0,3}?[\\s-]+(?:" + PEOPLE_EN + ")\\b(?!['’]s))"
            + "|(?<strong>-strong)"
            + "|(?<counted>(?:[\\s-]+" + COUNTED_WORD_EN + "){0,2}?[\\s-]+"
            + "(?!(?:days|months|years|hours|minutes|weeks|times|degrees|was|has|does|its|yes)\\b)"
            + "[a-z]{2,}s(?<!ous|ss|us|is))\\b)?",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGIT_EN = Pattern.compile("[0-9]");
    /** A unit the finder has no code for and will not leave off: degrees (of heat, of a scale, of an angle). */
    private static final Pattern UNREAD_UNIT_EN = Pattern.compile("(?i)^\\s+degrees\\b");
    /** A number that names, not counts: page 2, No. 3. */
    private static final Pattern NAMING_EN =
        Pattern.compile("(?i)\\b(?:page|no\\.|number|grade|level|article|chapter|item)\\s*$");
    private static final Pattern RATE_EN = Pattern.compile(
        "\\b(?:(?<day>daily|per day|a day|each day|every day|in a single day|in one day)"
            + "|(?<hour>hourly|per hour|an hour|each hour)|(?<month>monthly|per month|a month|each month)"
            + "|(?<year>annual|annually|per year|a year|each year|(?:the|a) (?:whole|entire|full) year))\\b",
        Pattern.CASE_INSENSITIVE);
    /** Where an English clause ends: a comma or point before a space, a semicolon, a colon, a bracket or a quote. */
    private static final Pattern CLAUSE_END_EN = Pattern.compile("[;:()\"“”]|[,.](?=\\s|$)");

    /** The amounts in {@code text} of language {@code lang}, in text order. */
    public List<Quantity> find(String text, Language lang) {
        List<Quantity> found = lang == Language.ZH ? chinese(text) : english(text);
        if (lang == Language.ZH) {
            found.addAll(chinesePercentages(text));
            found.sort(Comparator.comparingInt(q -> q.span().begin()));
        }
        return found;
    }

    private List<Quantity> chinese(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = ZH.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '第')
                continue;   // an ordinal: 第一书记
            if (!readsWhole(text, m))
                continue;
            String unit = m.group("unit") != null ? m.group("unit") : "大军";
            boolean qualified = m.group("pre") != null || m.group("more") != null || m.group("post") != null;
            boolean counter = unit.length() == 1 && COUNTERS_ZH.contains(unit);
            if (counter && !qualified && m.group("b") == null && m.group("a").matches("[一壹]")) {
                LOG.debug("'{}' at {} left out: 一 with a counter means 'a'", m.group(), m.start());
                continue;
            }
            if (!qualified && m.group("b") == null && m.group("a").matches("[一壹]")
                && NOT_ONE_LESS_ZH.matcher(text.substring(m.end())).lookingAt()) {
                LOG.debug("'{}' at {} left out: 'not one {} less' says nothing is missing", m.group(), m.start(), unit);
                continue;
            }
            if (!counter && m.group("army") == null && m.group("post") == null && m.end() < text.length()
                && LABELLED_ZH.indexOf(text.charAt(m.end())) >= 0) {
                LOG.debug("'{}' at {} left out: the label of a {}", m.group(), m.start(), text.charAt(m.end()));
                continue;
            }
            if (unit.equals("头") && !namesLivestock(text, m.start(), m.end())) {
                LOG.debug("'{}' at {} left out: no animals named", m.group(), m.start());
                continue;
            }
            BigDecimal a;
            BigDecimal b;
            try {
                a = scaled(Numerals.parse(m.group("a")), m.group("mult"));
                b = m.group("b") == null ? null : scaled(Numerals.parse(m.group("b")), m.group("mult2"));
            } catch (NumberFormatException e) {
                LOG.debug("'{}' at {} left out: {}", m.group(), m.start(), e.getMessage());
                continue;
            }
            Optional<String> code = chineseUnitCode(unit);
            Optional<RatePeriod> per = chineseRate(text, m.start());
            // A rate word right before the amount is part of its words: 日产七千吨.
            int start = m.start();
            Matcher rate = RATE_ZH.matcher(text).region(Math.max(0, m.start() - 4), m.start());
            while (rate.find())
                if (rate.end() == m.start())
                    start = rate.start();
            found.add(quantity(Language.ZH, text, start, m.end(), a, b, m.group("pre"),
                m.group("more") != null || m.group("more2") != null || "多".equals(m.group("post")) ? "more"
                    : m.group("post"), code, code.isPresent() ? Optional.empty() : Optional.of(unit), per, qualified));
        }
        return found;
    }

    private List<Quantity> chinesePercentages(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = PERCENT_ZH.matcher(text);
        while (m.find()) {
            String a = m.group("a") != null ? m.group("a") : m.group("da");
            String b = m.group("a") != null ? m.group("b") : m.group("db");
            int at = m.group("a") != null ? m.start() : m.start("da");
            if (m.group("da") != null && continuesNumeral(text, at, ORDINARY_ZH))
                continue;
            try {
                found.add(quantity(Language.ZH, text, m.start(), m.end(), Numerals.parse(a),
                    b == null ? null : Numerals.parse(b), m.group("pre"),
                    "多".equals(m.group("post")) ? "more" : m.group("post"), Optional.of("P1"), Optional.empty(),
                    Optional.empty(), true));
            } catch (NumberFormatException e) {
                LOG.debug("'{}' at {} left out: {}", m.group(), m.start(), e.getMessage());
            }
        }
        return found;
    }

    /** Whether the numerals of {@code m} are whole numerals, not the tail of a longer one nor a word of two forms. */
    private static boolean readsWhole(String text, Matcher m) {
        long financialForms = m.group("a").chars().filter(c -> Numerals.FINANCIAL_FORMS.indexOf(c) >= 0).count();
        if (continuesNumeral(text, m.start("a"), financialForms > 0 ? FINANCIAL_ZH : ORDINARY_ZH)) {
            LOG.debug("'{}' at {} left out: the tail of a longer numeral", m.group(), m.start());
            return false;
        }
        if (financialForms == 1) {
            LOG.debug("'{}' at {} left out: one financial form alone may be a word (大陆, 队伍, 收拾)", m.group(), m.start());
            return false;
        }
        return true;
    }

    private static Optional<String> chineseUnitCode(String unit) {
        return Optional.ofNullable(switch (unit) {
            case "吨" -> "TNE";
            case "公里" -> "KMT";
            case "平方公里" -> "KMK";
            case "公尺", "米" -> "MTR";
            case "平方米" -> "MTK";
            case "立方公尺", "立方米" -> "MTQ";
            case "公斤" -> "KGM";
            case "公顷" -> "HAR";
            case "名", "人", "大军" -> "IE";
            case "个", "座", "台", "辆", "艘", "部", "头", "户" -> "C62";
            default -> null;   // 斤, 担, 亩, 华里, 元: units of their own
        });
    }

    private static boolean namesLivestock(String text, int from, int to) {
        return LIVESTOCK_ZH.matcher(text).region(clauseStartZh(text, from), Math.min(text.length(), to + 2)).find();
    }

    private static BigDecimal scaled(BigDecimal v, String multiplier) {
        if (multiplier == null)
            return v;
        return v.multiply(multiplier.equals("万") || multiplier.equals("萬") ? BigDecimal.valueOf(10_000)
            : BigDecimal.valueOf(100_000_000));
    }

    private List<Quantity> english(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = EN.matcher(text);
        while (m.find()) {
            String a = m.group("a");
            boolean word = a.equalsIgnoreCase("a") || a.equalsIgnoreCase("one");
            boolean percent = m.group("pct") != null || m.group("apct") != null;
            boolean hasUnit = m.group("unit") != null || m.group("people") != null || m.group("strong") != null
                || m.group("counted") != null || percent;
            boolean hasMultiplier = m.group("am") != null;
            if (word && !hasMultiplier)
                continue;   // "a", "one" alone are not amounts
            if (!word && continuesNumeral(text, m.start("a"), DIGIT_EN)) {
                LOG.debug("'{}' at {} left out: the tail of a longer number", m.group().strip(), m.start("a"));
                continue;
            }
            if (m.group("apct") != null && m.group("b") != null && m.group("pct") == null)
                continue;   // 10% to 30 of what: no one unit
            if (NAMING_EN.matcher(text.substring(Math.max(0, m.start("a") - 12), m.start("a"))).find())
                continue;   // page 2
            if (!hasUnit && !hasMultiplier && m.group("pre") == null && m.group("b") == null
                && !a.contains(",") && new BigDecimal(a.replace(",", "")).compareTo(BigDecimal.valueOf(1000)) < 0)
                continue;   // a bare small number: an ordinal, a count of days, a list item
            if (!hasUnit && UNREAD_UNIT_EN.matcher(text).region(m.end(), text.length()).lookingAt())
                continue;   // 300 degrees: not a count, and no unit to give it
            if (m.end() < text.length() && text.substring(m.end()).matches("(?s)^(?:st|nd|rd|th)\\b.*"))
                continue;   // a day: 4th
            BigDecimal va = englishNumber(word ? "1" : a, m.group("am"));
            BigDecimal vb = m.group("b") == null ? null : englishNumber(m.group("b"), m.group("bm") != null ? m.group("bm") : m.group("am"));
            if (!hasUnit && !hasMultiplier && (vb == null || isYear(vb)) && isYear(va))
                continue;   // a year, or years: 1953 to 1958
            Optional<String> code = percent ? Optional.of("P1")
                : m.group("unit") != null ? englishUnitCode(m.group("unit"))
                : m.group("people") != null || m.group("strong") != null ? Optional.of("IE")
                : m.group("counted") != null ? Optional.of("C62") : Optional.empty();
            Optional<String> unitText = m.group("unit") != null && code.isEmpty() ? Optional.of(m.group("unit")) : Optional.empty();
            String pre = m.group("pre") == null ? null : m.group("pre").toLowerCase(Locale.ROOT);
            int start = m.start("pre") >= 0 ? m.start("pre") : m.start("a");
            int end = m.group("pct") != null ? m.end("pct") : m.group("unit") != null ? m.end("unit")
                : m.group("strong") != null ? m.end("strong") : m.group("people") != null ? m.end("people")
                : m.group("counted") != null ? m.end("counted") : m.end();
            found.add(quantity(Language.EN, text, start, end, va, vb, pre, null, code, unitText,
                percent ? Optional.empty() : englishRate(text, start, end), pre != null));
        }
        return found;
    }

    private static Optional<String> englishUnitCode(String unit) {
        String u = unit.toLowerCase(Locale.ROOT).replace('-', ' ');
        if (u.startsWith("metric ton") || u.startsWith("ton"))
            return Optional.of("TNE");
        if (u.startsWith("square kilomet"))
            return Optional.of("KMK");
        if (u.startsWith("kilomet") || u.equals("km"))
            return Optional.of("KMT");
        if (u.startsWith("cubic met"))
            return Optional.of("MTQ");
        if (u.startsWith("square met"))
            return Optional.of("MTK");
        if (u.startsWith("met"))
            return Optional.of("MTR");
        if (u.startsWith("kilogram") || u.equals("kg"))
            return Optional.of("KGM");
        if (u.startsWith("hectare"))
            return Optional.of("HAR");
        return u.equals("head") ? Optional.of("C62") : Optional.empty();   // jin, catties, mu, dan, yuan: units of their own
    }

    private static Quantity quantity(Language lang, String text, int from, int to, BigDecimal a, BigDecimal b, String pre,
                                     String post, Optional<String> code, Optional<String> unitText,
                                     Optional<RatePeriod> per, boolean qualified) {
        Optional<BigDecimal> value = Optional.empty();
        Optional<BigDecimal> min = Optional.empty();
        Optional<BigDecimal> max = Optional.empty();
        if (b != null) {
            min = Optional.of(a);
            max = Optional.of(b);
        } else if ("more".equals(post) || "以上".equals(post) || pre != null && (pre.equals("more than")
            || pre.equals("over") || pre.equals("at least"))) {
            min = Optional.of(a);
        } else if (pre != null && (pre.equals("近") || pre.equals("将近") || pre.equals("nearly") || pre.equals("almost"))) {
            max = Optional.of(a);
        } else {
            value = Optional.of(a);   // exact, or "about": 约, 左右, approximately
        }
        int f = from;
        while (f < to && Character.isWhitespace(text.charAt(f)))
            f++;
        return new Quantity(lang, Span.ofChars(text, f, to), text.substring(f, to), value, min, max, code, unitText, per);
    }

    /** The rate a rate word in the amount's clause states, the nearest one before the amount. */
    private static Optional<RatePeriod> chineseRate(String text, int at) {
        Matcher m = RATE_ZH.matcher(text).region(clauseStartZh(text, at), at);
        Optional<RatePeriod> per = Optional.empty();
        while (m.find())
            per = Optional.of(period(m));
        return per;
    }

    /** Where the clause of the words at {@code at} starts, at most 12 characters before them. */
    private static int clauseStartZh(String text, int at) {
        int from = at;
        while (from > 0 && at - from < 12) {
            char c = text.charAt(from - 1);
            if (CLAUSE_ZH.indexOf(c) >= 0
                && !(c == '，' && RATE_SUBJECT_ZH.matcher(text).region(Math.max(0, from - 4), from - 1).find()))
                break;
            from--;
        }
        return from;
    }

    /** The rate a rate word in the amount's own clause states, the nearest one to the amount. */
    private static Optional<RatePeriod> englishRate(String text, int from, int to) {
        int clauseStart = 0;
        int clauseEnd = text.length();
        Matcher end = CLAUSE_END_EN.matcher(text);
        while (end.find()) {
            if (end.end() <= from)
                clauseStart = end.end();
            else if (end.start() >= to) {
                clauseEnd = end.start();
                break;
            }
        }
        Matcher m = RATE_EN.matcher(text).region(clauseStart, clauseEnd);
        Optional<RatePeriod> per = Optional.empty();
        int distance = Integer.MAX_VALUE;
        while (m.find()) {
            int d = m.start() >= to ? m.start() - to : Math.max(0, from - m.end());
            if (d < distance) {
                distance = d;
                per = Optional.of(period(m));
            }
        }
        return per;
    }

    private static RatePeriod period(Matcher rateWord) {
        return rateWord.group("day") != null ? RatePeriod.DAY : rateWord.group("hour") != null ? RatePeriod.HOUR
            : rateWord.group("month") != null ? RatePeriod.MONTH : RatePeriod.YEAR;
    }

    /**
     * Whether the numeral at {@code at} continues one that starts before it: the character before it is of the
     * numeral's {@code kind}, or is a separator or 多 right after one (重点 does not continue a numeral, 四点 does).
     */
    private static boolean continuesNumeral(String text, int at, Pattern kind) {
        if (at == 0)
            return false;
        char before = Widths.fold(text.charAt(at - 1));
        if (before == '多' || before == '余')   // 万个 of 190多万个
            return at >= 2 && kind.matcher(String.valueOf(text.charAt(at - 2))).matches();
        if (SEPARATORS.indexOf(before) >= 0)
            return at >= 2 && kind.matcher(String.valueOf(text.charAt(at - 2))).matches()
                && SEPARATORS.indexOf(Widths.fold(text.charAt(at - 2))) < 0;
        return kind.matcher(String.valueOf(before)).matches();
    }

    private static BigDecimal englishNumber(String number, String multiplier) {
        BigDecimal v = new BigDecimal(number.replace(",", ""));
        if (multiplier == null)
            return v;
        String m = multiplier.strip().replace("-", "").toLowerCase(Locale.ROOT);
        long factor = switch (m) {
            case "billion" -> 1_000_000_000L;
            case "million" -> 1_000_000L;
            case "thousand" -> 1_000L;
            default -> 100L;
        };
        BigDecimal r = v.multiply(BigDecimal.valueOf(factor));
        return r.stripTrailingZeros().scale() < 0 ? r.setScale(0) : r.stripTrailingZeros();
    }

    private static boolean isYear(BigDecimal v) {
        return v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1800)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
    }
}
