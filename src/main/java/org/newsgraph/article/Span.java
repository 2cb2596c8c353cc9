package org.newsgraph.article;

/**
 * A half-open range {@code [begin, end)} of a text, counted in Unicode code points (not UTF-16 units), the way
 * SPARQL's {@code SUBSTR} counts, so that {@code SUBSTR(?text, begin + 1, end - begin)} re-reads the span.
 */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin)
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }

    /** The span of the UTF-16 range {@code [from, to)} of {@code text}, in code points. */
    public static Span ofChars(String text, int from, int to) {
        int begin = text.codePointCount(0, from);
        return new Span(begin, begin + text.codePointCount(from, to));
    }

    /** The characters of {@code text} that this span covers. */
    public String of(String text) {
        int from = text.offsetByCodePoints(0, begin);
        return text.substring(from, text.offsetByCodePoints(from, end - begin));
    }

    public int length() { return end - begin; }
}
