package org.newsgraph.extract;

import java.math.BigDecimal;

/**
 * Reads the numerals the archive prints: Chinese (一千零七十万, 五十七万, 两万五千, 三千亿, 廿, 卅, 百万), digits in
 * ASCII or full width (１９５８, ６５０亿), mixed (5.8万, ２１．２亿), and digit-by-digit years (一九五八). A string
 * that is not a numeral is an error, never a silent zero.
 */
public final class Numerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {}

    /**
     * The value of {@code numeral}.
     *
     * @throws NumberFormatException when it is not a numeral, naming the reason
     */
    public static BigDecimal parse(String numeral) {
        String s = fold(numeral == null ? "" : numeral.strip());
        if (s.isEmpty())
            throw new NumberFormatException("empty numeral");
        if (s.chars().allMatch(c -> digit(c) >= 0) && s.length() > 1 && s.chars().noneMatch(c -> c == '.'))
            return digitByDigit(s);
        BigDecimal total = BigDecimal.ZERO;     // what 亿 has closed
        BigDecimal myriads = BigDecimal.ZERO;   // what 万 has closed, below 亿
        BigDecimal section = BigDecimal.ZERO;   // below 万: 千, 百, 十 and units
        BigDecimal number = null;               // the digit or decimal number waiting for a unit
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c == '.') {
                int j = i;
                while (j < s.length() && (s.charAt(j) >= '0' && s.charAt(j) <= '9' || s.charAt(j) == '.'))
                    j++;
                if (number != null)
                    throw new NumberFormatException("two numbers in a row in '" + numeral + "'");
                number = new BigDecimal(s.substring(i, j));
                i = j;
                continue;
            }
            int d = digit(c);
            if (d >= 0) {
                if (number != null && d != 0)
                    throw new NumberFormatException("two digits without a unit in '" + numeral + "'");
                number = d == 0 ? null : BigDecimal.valueOf(d);   // 零 only marks a gap: 一千零七十
            } else if (c == '廿' || c == '卅') {
                section = section.add(BigDecimal.valueOf(c == '廿' ? 20 : 30));
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                if (number == null && !(c == '十' || section.signum() == 0 && myriads.signum() == 0 && total.signum() == 0))
                    throw new NumberFormatException("'" + c + "' without a digit in '" + numeral + "'");
                section = section.add((number == null ? BigDecimal.ONE : number).multiply(BigDecimal.valueOf(unit)));
                number = null;
            } else if (c == '万') {
                BigDecimal block = section.add(number == null ? BigDecimal.ZERO : number);
                myriads = myriads.add((block.signum() == 0 ? BigDecimal.ONE : block).multiply(BigDecimal.valueOf(10_000)));
                section = BigDecimal.ZERO;
                number = null;
            } else if (c == '亿') {
                BigDecimal block = myriads.add(section).add(number == null ? BigDecimal.ZERO : number);
                total = total.add((block.signum() == 0 ? BigDecimal.ONE : block).multiply(BigDecimal.valueOf(100_000_000)));
                myriads = BigDecimal.ZERO;
                section = BigDecimal.ZERO;
                number = null;
            } else {
                throw new NumberFormatException("'" + c + "' is not part of a numeral in '" + numeral + "'");
            }
            i++;
        }
        BigDecimal value = total.add(myriads).add(section).add(number == null ? BigDecimal.ZERO : number);
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    /** The characters numerals are made of, as a regular expression class. */
    public static final String CHARACTERS = "0-9０-９.．零〇一二两三四五六七八九十百千万亿廿卅";

    private static BigDecimal digitByDigit(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append((char) ('0' + digit(c))));
        return new BigDecimal(b.toString());
    }

    /** Full-width digits and point to ASCII; 〇 and 两 to 零 and 二. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９')
                c = (char) ('0' + (c - '０'));
            else if (c == '．')
                c = '.';
            else if (c == '〇')
                c = '零';
            else if (c == '两')
                c = '二';
            b.append(c);
        }
        return b.toString();
    }

    private static int digit(int c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        return DIGITS.indexOf(c);
    }
}
