package org.newsgraph.article;

/** Full-width forms as the archive prints them (digits ０–９, hyphen －), folded to ASCII for reading numbers. */
final class Widths {

    private Widths() {}

    /** The string with full-width digits and hyphen-minus turned into ASCII; everything else unchanged. */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９')
                b.append((char) ('0' + (c - '０')));
            else if (c == '－')
                b.append('-');
            else
                b.append(c);
        }
        return b.toString();
    }

    /** White space as the archive indents and pads: ASCII blanks, TAB, U+3000, no-break space. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
