package org.newsgraph.synth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.text.Numerals;

/**
 * Multiplies the amounts of an article by one factor in both texts: a Chinese numeral before a unit (二十八万吨) and
 * the English figure of the same value (280,000 or 0.28 million) become the product in each text's own form. An
 * amount is changed only when its value stands exactly once in each text, so that the two texts keep saying the
 * same thing; any other number is left as it is.
 */
final class Amounts {

    private static final String CHINESE_DIGITS = "零〇○一二两三四五六七八九十百千万亿";
    /** A Chinese numeral before a unit, maybe after 多 or 余; what stands before it is checked apart. */
    private static final Pattern CHINESE = Pattern.compile("([" + CHINESE_DIGITS
        + "]+)(?=[多余]?(?:吨|人|个|座|台|辆|艘|部|户|斤|担|亩|元|公里|公斤|公尺|公顷|米|华里|头))");
    /** What may not stand before a whole numeral that is no ordinal: a digit, a point, 第. */
    private static final String NOT_BEFORE_CHINESE = CHINESE_DIGITS + "0123456789０１２３４５６７８９第点.．";
    private static final long SMALLEST = 10;
    /** Larger values are left alone, so that a product stays below the 亿亿 the writer does not know. */
    private static final long LARGEST = 100_000_000_000L;
    private static final char[] DIGITS = "零一二三四五六七八九".toCharArray();
    private static final String[] SMALL_UNITS = {"", "十", "百", "千"};

    private Amounts() {}

    /** An English form of a value: the digits with thousands commas, or a number of millions or billions. */
    private enum EnglishForm {
        DIGITS(1, ""), MILLIONS(1_000_000, " million"), BILLIONS(1_000_000_000, " billion");

        private final long unit;
        private final String word;

        EnglishForm(long unit, String word) {
            this.unit = unit;
            this.word = word;
        }

        /** How the value is written in this form, or null when the form does not fit it. */
        String write(long value) {
            if (this == DIGITS)
                return String.format(Locale.ROOT, "%,d", value);
            if (value < unit || value % (unit / 100) != 0)
                return null;
            return BigDecimal.valueOf(value).movePointLeft(Long.toString(unit).length() - 1)
                .stripTrailingZeros().toPlainString() + word;
        }

        /**
         * True when the figure at {@code [begin, end)} is not the tail or head of a longer number: no digit, point
         * or comma before it, no digit or decimals after it, and a word of millions not run on into another word.
         */
        boolean standsAlone(String text, int begin, int end) {
            if (begin > 0 && "0123456789.,".indexOf(text.charAt(begin - 1)) >= 0)
                return false;
            if (end == text.length())
                return true;
            char next = text.charAt(end);
            if (this != DIGITS)
                return !Character.isLetterOrDigit(next);
            boolean decimals = (next == '.' || next == ',') && end + 1 < text.length()
                && Character.isDigit(text.charAt(end + 1));
            return !Character.isDigit(next) && !decimals;
        }
    }

    /** One change of the text: the characters {@code [begin, end)} become {@code text}. */
    private record Edit(int begin, int end, String text) {}

    /** The two bodies with their amounts multiplied by {@code factor}; the same bodies when {@code factor} is 1. */
    static String[] scale(String chinese, String english, long factor) {
        if (factor == 1)
            return new String[] {chinese, english};
        List<long[]> found = new ArrayList<>();   // {value, begin, end} of each Chinese amount
        Matcher m = CHINESE.matcher(chinese);
        while (m.find()) {
            if (m.start() > 0 && NOT_BEFORE_CHINESE.indexOf(chinese.charAt(m.start() - 1)) >= 0)
                continue;
            long value = value(m.group(1));
            if (value >= SMALLEST && value <= LARGEST)
                found.add(new long[] {value, m.start(1), m.end(1)});
        }
        List<Edit> zh = new ArrayList<>();
        List<Edit> en = new ArrayList<>();
        for (long[] amount : found) {
            long value = amount[0];
            if (found.stream().filter(a -> a[0] == value).count() != 1)
                continue;
            Edit rendering = null;
            int matches = 0;
            for (EnglishForm form : EnglishForm.values()) {
                String written = form.write(value);
                if (written == null)
                    continue;
                for (int at = english.indexOf(written); at >= 0; at = english.indexOf(written, at + 1)) {
                    if (form.standsAlone(english, at, at + written.length())) {
                        matches++;
                        rendering = new Edit(at, at + written.length(), form.write(value * factor));
                    }
                }
            }
            if (matches == 1 && rendering.text() != null) {
                zh.add(new Edit((int) amount[1], (int) amount[2], chinese(value * factor)));
                en.add(rendering);
            }
        }
        return new String[] {apply(chinese, zh), apply(english, en)};
    }

    /** The value of a Chinese numeral, or -1 when it is none (五六: five or six) or not a whole number. */
    private static long value(String numeral) {
        try {
            return Numerals.parse(numeral).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    private static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::begin));
        StringBuilder b = new StringBuilder(text.length() + 16);
        int at = 0;
        for (Edit e : sorted) {
            if (e.begin() < at)
                continue;   // overlaps the one before: left as it is
            b.append(text, at, e.begin()).append(e.text());
            at = e.end();
        }
        return b.append(text, at, text.length()).toString();
    }

    /** A positive whole number in Chinese numerals as the paper prints them: 二十八万, 一千零七十万, 十五. */
    static String chinese(long n) {
        if (n <= 0)
            throw new IllegalArgumentException("not a positive number: " + n);
        String s = withLargeUnits(n);
        // 十五, 十万: a leading 一十 is written 十.
        return s.startsWith("一十") ? s.substring(1) : s;
    }

    private static String withLargeUnits(long n) {
        if (n >= 100_000_000L)
            return withLargeUnits(n / 100_000_000L) + "亿" + rest(n % 100_000_000L, 10_000_000L);
        if (n >= 10_000L)
            return belowTenThousand((int) (n / 10_000L)) + "万" + rest(n % 10_000L, 1_000L);
        return belowTenThousand((int) n);
    }

    /** What follows a large unit: nothing, or the rest, after 零 when its first place is empty (一万零五百). */
    private static String rest(long n, long firstPlace) {
        if (n == 0)
            return "";
        return (n < firstPlace ? "零" : "") + withLargeUnits(n);
    }

    private static String belowTenThousand(int n) {
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int digit = n / (int) Math.pow(10, place) % 10;
            if (digit == 0) {
                zero = b.length() > 0;
                continue;
            }
            if (zero)
                b.append('零');
            zero = false;
            b.append(DIGITS[digit]).append(SMALL_UNITS[place]);
        }
        return b.toString();
    }
}
