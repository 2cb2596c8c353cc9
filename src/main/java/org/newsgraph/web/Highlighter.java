package org.newsgraph.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import org.newsgraph.web.PageModel.Mark;
import org.newsgraph.web.PageModel.Piece;

/**
 * Cuts a text into the pieces a page shows, from marked spans of it given in code points (as every offset of the
 * data counts). Spans nest: the sentence of a campaign fact holds the mentions, amounts and dates inside it, and a
 * mention may hold another (a province inside an organisation's name, 河南省 in 中共河南省委). Since a link cannot
 * hold a link, such an outer mention is shown as a group over all its words whose own words outside the inner one
 * link to its entity, while the inner words link to theirs. A span that starts inside another and ends beyond it
 * crosses it and is left out: the first of the two wins.
 */
final class Highlighter {

    /** A marked span, {@code [begin, end)} in code points of the text. */
    record Span(int begin, int end, Mark mark) {
        Span {
            Objects.requireNonNull(mark, "mark");
            if (begin < 0 || end <= begin)
                throw new IllegalArgumentException("empty or negative span " + begin + "," + end);
        }

        boolean isSentence() { return mark.kind() == Mark.Kind.FACT; }
    }

    private Highlighter() {}

    /**
     * The pieces of {@code text}'s code points {@code [from, to)}: plain text and marked spans holding their own
     * pieces. Spans are clipped to the range; those outside it are ignored.
     */
    static List<Piece> pieces(int[] codePoints, int from, int to, List<Span> spans) {
        List<Span> inRange = new ArrayList<>();
        for (Span s : spans) {
            int b = Math.max(s.begin(), from), e = Math.min(s.end(), to);
            if (b < e && e <= codePoints.length)
                inRange.add(new Span(b, e, s.mark()));
        }
        // Outer spans first: by start, then the longer, then sentences before words.
        inRange.sort(Comparator.comparingInt(Span::begin).thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparing(s -> !s.isSentence()));
        Tree root = new Tree(null);
        Deque<Tree> open = new ArrayDeque<>();
        open.push(root);
        for (Span s : inRange) {
            while (open.peek() != root && open.peek().span.end() <= s.begin())
                open.pop();
            Tree parent = open.peek();
            if (parent != root && s.end() > parent.span.end())
                continue; // crosses the end of the span it starts in
            Tree node = new Tree(s);
            parent.children.add(node);
            open.push(node);
        }
        return render(codePoints, from, to, root.children, null);
    }

    /**
     * The pieces of {@code [from, to)} holding {@code children}; the text between them is plain, or, inside a mention
     * that holds another, a link of that mention ({@code link}).
     */
    private static List<Piece> render(int[] cp, int from, int to, List<Tree> children, Mark link) {
        List<Piece> out = new ArrayList<>();
        int at = from;
        for (Tree child : children) {
            if (child.span.begin() > at)
                out.add(text(cp, at, child.span.begin(), link));
            Mark mark = child.span.mark();
            if (mark.kind() == Mark.Kind.MENTION && child.holdsMention())
                out.add(new Piece(null, new Mark(Mark.Kind.NEST, null, mark.title(), null),
                    render(cp, child.span.begin(), child.span.end(), child.children, mark)));
            else
                out.add(new Piece(null, mark, render(cp, child.span.begin(), child.span.end(), child.children,
                    mark.kind() == Mark.Kind.MENTION ? null : link)));
            at = child.span.end();
        }
        if (at < to)
            out.add(text(cp, at, to, link));
        return out;
    }

    private static Piece text(int[] cp, int from, int to, Mark link) {
        Piece plain = Piece.text(new String(cp, from, to - from));
        return link == null ? plain : new Piece(null, link, List.of(plain));
    }

    /** A span and the spans inside it; the root, the whole range, has none of its own. */
    private static final class Tree {
        final Span span;
        final List<Tree> children = new ArrayList<>();

        Tree(Span span) { this.span = span; }

        boolean holdsMention() {
            return children.stream().anyMatch(c -> c.span.mark().kind() == Mark.Kind.MENTION || c.holdsMention());
        }
    }
}
