package org.newsgraph.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the numerals the archive prints: Chinese (一千零七十万, 五十七万, 两万五千, 三千亿, 四万万, 廿, 卅, 百万, 一万五),
 * decimals with 点 (二万二千三百八十四点零五, 三点五万), financial forms (壹佰壹拾壹, 贰仟零伍拾), digits in ASCII or
 * full width (１９５８, ６５０亿), mixed (5.8万, ２１．２亿), and digit-by-digit years (一九五八). Values are exact.
 *
 * <p>A string that is not a numeral is an error naming the reason, never a silent zero or a partial value. Errors
 * by decision: a point with nothing before it (点五) or after it (三点, 十点), two points (三点五点), 点 after ASCII
 * digits (3点5) or after a digit-by-digit numeral (一九点五), after the decimals a unit other than one 万 or 亿
 * (三点五十) or one not larger than the whole part (一万点五万), units out of order (十十, 二十二十, 三万四万), two
 * Chinese digits side by side (五六, 一两: five or six, one or two), 两 right after a unit (一百两: a weight, or
 * 120), and a numeral that mixes financial and ordinary forms (伍十).
 */
public final class Numerals {

    /**
     * Characters both forms use: zero (零, 〇, and the white circle ○ the paper also typesets for it: 二千○九十八), 万 and
     * 亿 (also in their traditional forms) and the point.
     */
    private static final String SHARED = "零〇○万萬亿億点點";
    /** The financial forms of digits and units, also in their traditional forms (貳, 參, 陸). */
    public static final String FINANCIAL_FORMS = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";
    /** The ordinary forms of digits and units, 两 and its traditional form 兩, 廿 (20), 卅 (30). */
    private static final String ORDINARY_FORMS = "一二两兩三四五六七八九十百千廿卅";
    /** What the ordinary forms are made of, as the content of a regular expression class. */
    public static final String ORDINARY_CHARACTERS = "0-9０-９.．" + ORDINARY_FORMS + SHARED;
    /** What the financial forms are made of, as the content of a regular expression class. */
    public static final String FINANCIAL_CHARACTERS = FINANCIAL_FORMS + SHARED;

    private static final String DIGITS = "零一二三四五六七八九";
    /** Financial and traditional forms, and each one's ordinary form at the same index. */
    private static final String VARIANTS = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟〇○兩萬億點";
    private static final String STANDARD = "一二二三三四五六六七八九十百千零零两万亿点";
    private static final Pattern ASCII_NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final BigDecimal MYRIAD = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private Numerals() {}

    /**
     * The value of {@code numeral}.
     *
     * @throws NumberFormatException when it is not a numeral, naming the reason
     */
    public static BigDecimal parse(String numeral) {
        String s = standard(Widths.fold(numeral == null ? "" : numeral.strip()), numeral);
        if (s.isEmpty())
            throw new NumberFormatException("empty numeral");
        int point = s.indexOf('点');
        if (point < 0)
            return exact(whole(s, numeral));
        if (s.indexOf('点', point + 1) >= 0)
            throw error("two points", numeral);
        if (point == 0)
            throw error("no whole number before 点", numeral);
        String before = s.substring(0, point);
        if (before.chars().anyMatch(c -> c >= '0' && c <= '9' || c == '.'))
            throw error("点 after ASCII digits", numeral);
        if (before.length() > 1 && before.chars().allMatch(c -> DIGITS.indexOf(c) >= 0))
            throw error("点 after a digit-by-digit numeral", numeral);
        String after = s.substring(point + 1);
        BigDecimal magnitude = after.endsWith("万") ? MYRIAD : after.endsWith("亿") ? HUNDRED_MILLION : BigDecimal.ONE;
        String decimals = magnitude.equals(BigDecimal.ONE) ? after : after.substring(0, after.length() - 1);
        if (decimals.isEmpty())
            throw error("no digits after 点", numeral);
        StringBuilder fraction = new StringBuilder("0.");
        for (char c : decimals.toCharArray()) {
            if (DIGITS.indexOf(c) < 0)
                throw error("'" + c + "' after 点 is not a digit", numeral);
            fraction.append(DIGITS.indexOf(c));
        }
        BigDecimal wholePart = whole(before, numeral);
        if (!magnitude.equals(BigDecimal.ONE) && wholePart.compareTo(magnitude) >= 0)
            throw error("'" + after.charAt(after.length() - 1) + "' after decimals of a larger number", numeral);
        return exact(wholePart.add(new BigDecimal(fraction.toString())).multiply(magnitude));
    }

    /** A whole number, or a number of ASCII digits with its own decimals (5.8万). */
    private static BigDecimal whole(String s, String numeral) {
        if (s.chars().allMatch(c -> c >= '0' && c <= '9'))
            return new BigDecimal(s);
        // Two Chinese digits side by side are an approximation (五六个: five or six), not 56; years have four.
        if (s.length() > 2 && s.chars().allMatch(c -> c >= '0' && c <= '9' || DIGITS.indexOf(c) >= 0))
            return digitByDigit(s);
        BigDecimal total = BigDecimal.ZERO;     // what 亿 has closed
        BigDecimal myriads = BigDecimal.ZERO;   // what 万 has closed, below 亿
        BigDecimal section = BigDecimal.ZERO;   // below 万: 千, 百, 十 and units
        int sectionUnit = 10_000;               // the last of 十, 百, 千 in the section; 10000 while there is none
        BigDecimal number = null;               // the digit or ASCII number waiting for a unit
        int abbreviated = 0;                    // the unit a last digit directly follows: 一万五 is 15000
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c == '.') {
                int j = i;
                while (j < s.length() && (s.charAt(j) >= '0' && s.charAt(j) <= '9' || s.charAt(j) == '.'))
                    j++;
                if (number != null)
                    throw error("two numbers in a row", numeral);
                if (!ASCII_NUMBER.matcher(s.substring(i, j)).matches())
                    throw error("'" + s.substring(i, j) + "' is not a number", numeral);
                number = new BigDecimal(s.substring(i, j));
                abbreviated = 0;
                previous = s.charAt(j - 1);
                i = j - 1;
                continue;
            }
            int d = c == '两' ? 2 : DIGITS.indexOf(c);
            if (d == 0) {
                if (number != null)
                    throw error("零 after a digit", numeral);
                abbreviated = -1;   // 零 only marks a gap: 一千零七十, 一万零五
            } else if (d > 0) {
                if (number != null)
                    throw error("two digits without a unit", numeral);
                number = BigDecimal.valueOf(d);
                abbreviated = abbreviated < 0 ? 0 : unit(previous);
            } else if (c == '廿' || c == '卅') {
                if (number != null || sectionUnit <= 10)
                    throw error("'" + c + "' after a digit or a unit below it", numeral);
                section = section.add(BigDecimal.valueOf(c == '廿' ? 20 : 30));
                sectionUnit = 10;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = unit(c);
                if (number == null && c != '十' && previous != 0)
                    throw error("'" + c + "' without a digit", numeral);
                if (unit >= sectionUnit)
                    throw error("'" + c + "' after a unit not larger than it", numeral);
                section = section.add((number == null ? BigDecimal.ONE : number).multiply(BigDecimal.valueOf(unit)));
                sectionUnit = unit;
                number = null;
            } else if (c == '万') {
                BigDecimal block = section.add(number == null ? BigDecimal.ZERO : number);
                if (block.signum() == 0 && previous == '万' && total.signum() == 0) {
                    total = myriads.multiply(MYRIAD);   // 万万 is 亿: 四万万
                    myriads = BigDecimal.ZERO;
                } else {
                    if (block.signum() == 0 && previous != 0)
                        throw error("'万' without a digit", numeral);
                    if (myriads.signum() != 0)
                        throw error("two 万", numeral);
                    myriads = (block.signum() == 0 ? BigDecimal.ONE : block).multiply(MYRIAD);
                }
                section = BigDecimal.ZERO;
                sectionUnit = 10_000;
                number = null;
            } else if (c == '亿') {
                BigDecimal block = myriads.add(section).add(number == null ? BigDecimal.ZERO : number);
                if (block.signum() == 0 && previous != 0)
                    throw error("'亿' without a digit", numeral);
                if (total.signum() != 0)
                    throw error("two 亿", numeral);
                total = (block.signum() == 0 ? BigDecimal.ONE : block).multiply(HUNDRED_MILLION);
                myriads = BigDecimal.ZERO;
                section = BigDecimal.ZERO;
                sectionUnit = 10_000;
                number = null;
            } else {
                throw error("'" + c + "' is not part of a numeral", numeral);
            }
            previous = c;
        }
        if (number != null && abbreviated > 10 && previous == '两')
            throw error("两 right after a unit, a weight or an abbreviation", numeral);
        if (number != null && abbreviated > 10)
            number = number.multiply(BigDecimal.valueOf(abbreviated / 10));   // 一万五 is 15000, 三千五 3500
        return total.add(myriads).add(section).add(number == null ? BigDecimal.ZERO : number);
    }

    /** The value of a unit character; 0 for any other. */
    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
    }

    /**
     * The numeral in ordinary forms: financial and traditional forms replaced; a numeral that mixes financial and
     * ordinary forms is none.
     */
    private static String standard(String s, String numeral) {
        boolean financial = false;
        boolean ordinary = false;
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int v = VARIANTS.indexOf(c);
            if (FINANCIAL_FORMS.indexOf(c) >= 0)
                financial = true;
            else if (ORDINARY_FORMS.indexOf(c) >= 0)
                ordinary = true;
            b.append(v < 0 ? c : STANDARD.charAt(v));
        }
        if (financial && ordinary)
            throw error("financial and ordinary forms mixed", numeral);
        return b.toString();
    }

    private static BigDecimal digitByDigit(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c >= '0' && c <= '9' ? (char) c : (char) ('0' + DIGITS.indexOf(c))));
        return new BigDecimal(b.toString());
    }

    /** The value without trailing zeros of its decimals and without an exponent: 22384.05, 58000. */
    private static BigDecimal exact(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static NumberFormatException error(String reason, String numeral) {
        return new NumberFormatException(reason + " in '" + numeral + "'");
    }
}
