package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * Finds stated amounts in Chinese and English text: numerals with a unit or a qualifier, ranges, and rates.
 * Chinese: 一千零七十万吨, 一百四十多名, 五十七万钢铁大军, 两万到两万五千个, 日产七千吨, 万人以上, 近十万, 约五千.
 * English: 10.7 million tons, more than 140 technicians, 570,000 steel soldiers, 20,000 to 25,000, a daily output
 * of 7,000 tons, a million-strong army. A numeral is read whole or not at all: never the tail of a longer one
 * (七三三吨 of 一万四千九百二十四点七三三吨, 384.05 tons of 22,384.05 tons), never part of one the reader cannot read.
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
    /** Units and what they are: a code where UN/CEFACT has one, else the unit's own text. */
    private static final Pattern ZH = Pattern.compile(
        "(?<pre>将近|大约|(?<!最)近|约)?(?<a>" + N + ")(?<more>多|余)?(?:(?:到|至|～|~|—|-)(?<b>" + N + ")(?<more2>多|余)?)?"
            + "(?:(?<unit>吨|斤|亩|个(?!月|时期|阶段|时候)|座|台|名|人)|(?<army>\\p{IsHan}{0,4}?)大军)(?<post>以上|左右)?");
    private static final Pattern RATE_DAY_ZH = Pattern.compile("日产|每日|每天");
    private static final Pattern RATE_YEAR_ZH = Pattern.compile("全年|年产|每年");
    private static final Pattern RATE_BEFORE_ZH = Pattern.compile("(?:日产|年产|每日|每天|每年)$");
    /** Clause punctuation: a rate word only counts within the amount's own clause. */
    private static final String CLAUSE_ZH = "，。；：！？、,;:";

    /** A number read whole: no digit, and no point or comma with a digit, follows it. */
    private static final String NUMBER_EN = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![.,]?\\d)";
    private static final String MULTIPLIER_EN = "(?:\\s+|-)(?:million|billion|thousand|hundred)";
    private static final String PEOPLE_EN =
        "people|persons|workers|soldiers|technicians|cadres|peasants|members|army|troops|men|women";
    private static final Pattern EN = Pattern.compile(
        "(?<pre>more than|over|nearly|almost|about|approximately|at least|some)?\\s*"
            + "\\b(?<a>" + NUMBER_EN + "|a|one)(?<am>" + MULTIPLIER_EN + ")?"
            + "(?:\\s*(?:to|-|–)\\s*(?<b>" + NUMBER_EN + ")(?<bm>" + MULTIPLIER_EN + ")?)?"
            + "(?:(?:\\s+|-)(?<unit>tons|tonnes|ton|tonne|jin|catties|mu)\\b"
            + "|(?<people>(?:[\\s-]+[a-z][a-z-]*){0,3}?[\\s-]+(?:" + PEOPLE_EN + ")\\b)|(?<strong>-strong)"
            + "|(?<counted>(?:[\\s-]+[a-z][a-z-]*){0,2}?[\\s-]+(?!(?:days|months|years|hours|weeks|times)\\b)[a-z]{3,}s)\\b)?",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGIT_EN = Pattern.compile("[0-9]");
    private static final Pattern RATE_DAY_EN = Pattern.compile("\\b(?:daily|per day|a day|each day)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATE_YEAR_EN = Pattern.compile("\\b(?:annual|annually|per year|a year|this year)\\b",
        Pattern.CASE_INSENSITIVE);
    /** How far around an English amount a rate word may stand, in characters. */
    private static final int RATE_WINDOW_EN = 40;

    /** The amounts in {@code text} of language {@code lang}, in text order. */
    public List<Quantity> find(String text, Language lang) {
        return lang == Language.ZH ? chinese(text) : english(text);
    }

    private List<Quantity> chinese(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = ZH.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '第')
                continue;   // an ordinal: 第一书记
            long financialForms = m.group("a").chars().filter(c -> Numerals.FINANCIAL_FORMS.indexOf(c) >= 0).count();
            if (continuesNumeral(text, m.start("a"), financialForms > 0 ? FINANCIAL_ZH : ORDINARY_ZH)) {
                LOG.debug("'{}' at {} left out: the tail of a longer numeral", m.group(), m.start());
                continue;
            }
            if (financialForms == 1) {
                LOG.debug("'{}' at {} left out: one financial form alone may be a word (大陆, 队伍, 收拾)", m.group(),
                    m.start());
                continue;
            }
            String unit = m.group("unit") != null ? m.group("unit") : "大军";
            boolean qualified = m.group("pre") != null || m.group("more") != null || m.group("post") != null;
            BigDecimal a;
            BigDecimal b;
            try {
                a = Numerals.parse(m.group("a"));
                b = m.group("b") == null ? null : Numerals.parse(m.group("b"));
            } catch (NumberFormatException e) {
                LOG.debug("'{}' at {} left out: {}", m.group(), m.start(), e.getMessage());
                continue;
            }
            Optional<String> code = switch (unit) {
                case "吨" -> Optional.of("TNE");
                case "名", "人", "大军" -> Optional.of("IE");
                case "个", "座", "台" -> Optional.of("C62");
                default -> Optional.empty();
            };
            Optional<String> per = rate(text, m.start(), RATE_DAY_ZH, RATE_YEAR_ZH);
            // A rate word right before the amount is part of its words: 日产七千吨.
            Matcher adjacent = RATE_BEFORE_ZH.matcher(text).region(Math.max(0, m.start() - 2), m.start());
            int start = adjacent.find() && adjacent.end() == m.start() ? adjacent.start() : m.start();
            found.add(quantity(Language.ZH, text, start, m.end(), a, b, m.group("pre"),
                m.group("more") != null || m.group("more2") != null ? "more" : m.group("post"), code,
                code.isPresent() ? Optional.empty() : Optional.of(unit), per, qualified));
        }
        return found;
    }

    private List<Quantity> english(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = EN.matcher(text);
        while (m.find()) {
            String a = m.group("a");
            boolean word = a.equalsIgnoreCase("a") || a.equalsIgnoreCase("one");
            boolean hasUnit = m.group("unit") != null || m.group("people") != null || m.group("strong") != null
                || m.group("counted") != null;
            boolean hasMultiplier = m.group("am") != null;
            if (word && !hasMultiplier)
                continue;   // "a", "one" alone are not amounts
            if (!word && continuesNumeral(text, m.start("a"), DIGIT_EN)) {
                LOG.debug("'{}' at {} left out: the tail of a longer number", m.group().strip(), m.start("a"));
                continue;
            }
            if (!hasUnit && !hasMultiplier && m.group("pre") == null && m.group("b") == null
                && !a.contains(",") && new BigDecimal(a.replace(",", "")).compareTo(BigDecimal.valueOf(1000)) < 0)
                continue;   // a bare small number: an ordinal, a count of days, a list item
            if (m.end() < text.length() && text.substring(m.end()).matches("(?s)^(?:st|nd|rd|th)\\b.*"))
                continue;   // a day: 4th
            BigDecimal va = englishNumber(word ? "1" : a, m.group("am"));
            BigDecimal vb = m.group("b") == null ? null : englishNumber(m.group("b"), m.group("bm") != null ? m.group("bm") : m.group("am"));
            if (!hasUnit && !hasMultiplier && vb == null && isYear(va))
                continue;
            Optional<String> code = m.group("unit") != null
                ? m.group("unit").toLowerCase(Locale.ROOT).startsWith("ton") ? Optional.of("TNE") : Optional.<String>empty()
                : m.group("people") != null || m.group("strong") != null ? Optional.of("IE")
                : m.group("counted") != null ? Optional.of("C62") : Optional.empty();
            Optional<String> unitText = m.group("unit") != null && code.isEmpty() ? Optional.of(m.group("unit")) : Optional.empty();
            String pre = m.group("pre") == null ? null : m.group("pre").toLowerCase(Locale.ROOT);
            int start = m.start("pre") >= 0 ? m.start("pre") : m.start("a");
            int end = m.group("unit") != null ? m.end("unit") : m.group("strong") != null ? m.end("strong")
                : m.group("people") != null ? m.end("people") : m.group("counted") != null ? m.end("counted") : m.end();
            found.add(quantity(Language.EN, text, start, end, va, vb, pre, null, code, unitText,
                rate(text, start, RATE_DAY_EN, RATE_YEAR_EN, end), pre != null));
        }
        return found;
    }

    private static Quantity quantity(Language lang, String text, int from, int to, BigDecimal a, BigDecimal b, String pre,
                                     String post, Optional<String> code, Optional<String> unitText, Optional<String> per,
                                     boolean qualified) {
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

    private static Optional<String> rate(String text, int at, Pattern day, Pattern year) {
        int from = at;
        while (from > 0 && CLAUSE_ZH.indexOf(text.charAt(from - 1)) < 0 && at - from < 12)
            from--;
        String before = text.substring(from, at);
        if (day.matcher(before).find())
            return Optional.of("day");
        return year.matcher(before).find() ? Optional.of("year") : Optional.empty();
    }

    private static Optional<String> rate(String text, int from, Pattern day, Pattern year, int to) {
        String around = text.substring(Math.max(0, from - RATE_WINDOW_EN), Math.min(text.length(), to + RATE_WINDOW_EN));
        String before = text.substring(Math.max(0, from - RATE_WINDOW_EN), from);
        if (day.matcher(around).find())
            return Optional.of("day");
        return year.matcher(around).find() && !before.contains(".") ? Optional.of("year") : Optional.empty();
    }

    /**
     * Whether the numeral at {@code at} continues one that starts before it: the character before it is of the
     * numeral's {@code kind}, or is a separator right after one (重点 does not continue a numeral, 四点 does).
     */
    private static boolean continuesNumeral(String text, int at, Pattern kind) {
        if (at == 0)
            return false;
        char before = Widths.fold(text.charAt(at - 1));
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
