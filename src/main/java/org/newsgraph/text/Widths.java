package org.newsgraph.text;

/**
 * Full-width forms as the archive prints them (１９５８, ．, （, Ａ, the ideographic space), folded to their ASCII
 * counterparts. The fold turns one char into one char, so an offset in the folded text is the same offset in the
 * original: a caller matches on the fold and takes what it keeps verbatim from the original.
 */
public final class Widths {

    /** The first and last of the full-width forms of ASCII (！ to ～); each is its ASCII form plus this offset. */
    private static final char FIRST_FULL_WIDTH = '\uFF01';
    private static final char LAST_FULL_WIDTH = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private Widths() {}

    /** {@code s} with full-width forms and the ideographic space turned into ASCII; as long as {@code s}. */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++)
            b.append(fold(s.charAt(i)));
        return b.toString();
    }

    /** The ASCII form of a full-width character or the ideographic space; any other character unchanged. */
    public static char fold(char c) {
        if (c >= FIRST_FULL_WIDTH && c <= LAST_FULL_WIDTH)
            return (char) (c - FULL_WIDTH_OFFSET);
        return c == IDEOGRAPHIC_SPACE ? ' ' : c;
    }

    /** White space as the archive indents and pads: ASCII blanks, TAB, U+3000, no-break space. */
    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
