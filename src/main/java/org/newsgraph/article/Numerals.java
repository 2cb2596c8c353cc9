package org.newsgraph.article;

/** Page numbers as the original's header writes them: {@code 第4版}, {@code 第１２版} or {@code 第十二版}. */
final class Numerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private Numerals() {}

    /** Reads ASCII digits or a Chinese numeral below one hundred ({@code 十二}, {@code 二十}, {@code 零}). */
    static int pageNumber(String s) {
        if (s.chars().allMatch(Character::isDigit))
            return Integer.parseInt(s);
        String t = s.replace('零', '〇');
        int ten = t.indexOf('十');
        if (ten < 0)
            return digit(t);
        int tens = ten == 0 ? 1 : digit(t.substring(0, ten));
        int units = ten == t.length() - 1 ? 0 : digit(t.substring(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(String s) {
        if (s.length() != 1 || DIGITS.indexOf(s.charAt(0)) < 0)
            throw new IllegalArgumentException("not a page number: " + s);
        return DIGITS.indexOf(s.charAt(0));
    }
}
