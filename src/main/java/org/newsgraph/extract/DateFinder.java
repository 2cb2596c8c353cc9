package org.newsgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.article.Language;
import org.newsgraph.article.Span;
import org.newsgraph.text.Numerals;

/**
 * Finds dates and periods in Chinese and English text and resolves them against the date of the paper they were
 * printed in. A day of the month later than the paper's own day belongs to the month before (本报天津30日电 in the
 * paper of 1958-10-01 is 1958-09-30); a month without a year is in the paper's year. 自29日中午到30日中午一昼夜间 is one
 * period, from the first day to the second, not two dates. Thread-safe.
 */
public final class DateFinder {

    private static final String N = "[0-9０-９零〇一二两三四五六七八九十廿卅]";
    /** A part of a day after its date: 29日中午, 28日晚上. */
    private static final String PART_OF_DAY = "(?:凌晨|早晨|上午|中午|下午|傍晚|晚上|晚|夜里|夜间|零时)?";
    private static final Pattern ZH = Pattern.compile(
        "(?<dr>[自从](?:(?<drm1>" + N + "{1,2})月)?(?<drd1>" + N + "{1,3})日" + PART_OF_DAY + "(?:到|至)"
            + "(?:(?<drm2>" + N + "{1,2})月)?(?<drd2>" + N + "{1,3})日" + PART_OF_DAY + "(?:一昼夜间?)?)"
            + "|(?<ymd>(?<y>" + N + "{4})年(?<ym>" + N + "{1,2})月(?<yd>" + N + "{1,3})日)"
            + "|(?<md>(?<mdm>" + N + "{1,2})月(?<mdd>" + N + "{1,3})日)"
            + "|(?<mr>(?<m1>" + N + "{1,2})(?:、|至|到|—|-)(?<m2>" + N + "{1,2})月份?)"
            + "|(?<mo>(?<m>" + N + "{1,2})月份?(?<part>底|末|初|上旬|中旬|下旬)?)"
            + "|(?<day>(?<d>" + N + "{1,3})日)"
            + "|(?<yearEnd>年底(?<before>前|以前)?)"
            + "|(?<thisYear>今年|(?<![年0-9０-９零〇一二两三四五六七八九十])全年)|(?<today>今天|今日)");
    private static final String MONTH_EN =
        "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern EN = Pattern.compile(
        "(?<md>(?<mdm>" + MONTH_EN + ")\\s+(?<mdd>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y>\\d{4})\\b)?)"
            + "|(?<mr>(?<m1>" + MONTH_EN + ")\\s+(?:to|and|through|-)\\s+(?<m2>" + MONTH_EN + "))"
            + "|(?<end>(?:the\\s+)?end\\s+of\\s+(?<em>" + MONTH_EN + "))"
            + "|(?<yearEnd>(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+year)"
            + "|(?<mo>(?<=\\b(?:in|of|by|during|before|after|until|from|since)\\s)(?<m>" + MONTH_EN + ")\\b)"
            + "|(?<day>(?<=\\s|,)(?<d>\\d{1,2})(?:st|nd|rd|th)\\b)"
            + "|(?<thisYear>\\bthis\\s+year\\b)|(?<today>\\btoday\\b)");

    /**
     * The dates and periods in {@code text} of language {@code lang}, for a paper dated {@code paper}; with no
     * paper date (null), only dates that give their year are resolved.
     */
    public List<TimeExpression> find(String text, Language lang, LocalDate paper) {
        List<TimeExpression> found = new ArrayList<>();
        Matcher m = (lang == Language.ZH ? ZH : EN).matcher(text);
        while (m.find()) {
            Optional<LocalDate> value = Optional.empty();
            Optional<LocalDate> from = Optional.empty();
            Optional<LocalDate> to = Optional.empty();
            boolean absolute = has(m, "ymd") || has(m, "md") && has(m, "y");
            try {
                if (paper == null && !absolute) {
                    // Relative to a paper date that is not known: the words stay, unresolved.
                } else if (has(m, "ymd")) {
                    value = Optional.of(LocalDate.of(number(m.group("y")), number(m.group("ym")), number(m.group("yd"))));
                } else if (has(m, "md")) {
                    int year = has(m, "y") ? number(m.group("y")) : paper.getYear();
                    value = Optional.of(LocalDate.of(year, month(m.group("mdm")), number(m.group("mdd"))));
                } else if (has(m, "dr")) {
                    LocalDate first = day(group(m, "drm1"), m.group("drd1"), paper);
                    LocalDate last = day(group(m, "drm2"), m.group("drd2"), paper);
                    if (!last.isBefore(first)) {
                        from = Optional.of(first);
                        to = Optional.of(last);
                    }
                } else if (has(m, "mr")) {
                    from = Optional.of(YearMonth.of(paper.getYear(), month(m.group("m1"))).atDay(1));
                    to = Optional.of(YearMonth.of(paper.getYear(), month(m.group("m2"))).atEndOfMonth());
                } else if (has(m, "mo") || has(m, "end")) {
                    YearMonth ym = YearMonth.of(paper.getYear(), month(has(m, "mo") ? m.group("m") : m.group("em")));
                    String part = has(m, "end") ? "底" : has(m, "part") ? group(m, "part") : "";
                    from = Optional.of(switch (part) {
                        case "底", "末", "下旬" -> ym.atDay(21);
                        case "中旬" -> ym.atDay(11);
                        default -> ym.atDay(1);
                    });
                    to = Optional.of(switch (part) {
                        case "初", "上旬" -> ym.atDay(10);
                        case "中旬" -> ym.atDay(20);
                        default -> ym.atEndOfMonth();
                    });
                } else if (has(m, "day")) {
                    value = Optional.of(dayOfMonth(number(m.group("d")), paper));
                } else if (has(m, "yearEnd")) {
                    boolean before = lang == Language.EN ? text.substring(Math.max(0, m.start() - 12), m.start())
                        .matches("(?s).*\\b(?:before|by)\\s+$") : has(m, "before");
                    from = Optional.of(before ? paper : LocalDate.of(paper.getYear(), 12, 1));
                    to = Optional.of(LocalDate.of(paper.getYear(), 12, 31));
                } else if (has(m, "thisYear")) {
                    from = Optional.of(LocalDate.of(paper.getYear(), 1, 1));
                    to = Optional.of(LocalDate.of(paper.getYear(), 12, 31));
                } else if (has(m, "today")) {
                    value = Optional.of(paper);
                }
            } catch (DateTimeException | NumberFormatException e) {
                // 2月30日, or a numeral that is no number: the words stay, unresolved.
            }
            found.add(new TimeExpression(lang, Span.ofChars(text, m.start(), m.end()), m.group(), value, from, to));
        }
        return found;
    }

    /** A day of the month: in the paper's month, or the month before when later than the paper's own day. */
    static LocalDate dayOfMonth(int day, LocalDate paper) {
        YearMonth month = YearMonth.from(paper);
        if (day > paper.getDayOfMonth())
            month = month.minusMonths(1);
        return month.atDay(day);
    }

    /** A day of a month the words name, or of the month {@link #dayOfMonth} tells when they name none. */
    private static LocalDate day(String month, String day, LocalDate paper) {
        return month == null ? dayOfMonth(number(day), paper)
            : LocalDate.of(paper.getYear(), number(month), number(day));
    }

    private static boolean has(Matcher m, String group) { return group(m, group) != null; }

    /** What {@code group} matched, or null; the two languages' patterns have different groups. */
    private static String group(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static int number(String numeral) {
        return Numerals.parse(numeral).intValueExact();
    }

    private static int month(String s) {
        for (Month m : Month.values())
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(s))
                return m.getValue();
        return number(s);
    }
}
