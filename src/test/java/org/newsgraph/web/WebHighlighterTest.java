package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.web.Highlighter.Span;
import org.newsgraph.web.PageModel.Mark;
import org.newsgraph.web.PageModel.Piece;

/** How spans given in code points become the nested pieces a page shows. */
class WebHighlighterTest {

    private static final Mark PARTY = new Mark(Mark.Kind.MENTION, "/organization/cpc", "CPC", null);
    private static final Mark HENAN = new Mark(Mark.Kind.MENTION, "/place/henan", "Henan", null);
    private static final Mark COMMITTEE = new Mark(Mark.Kind.MENTION, "/place/henan/cpc-committee", "Committee", null);
    private static final Mark AMOUNT = new Mark(Mark.Kind.AMOUNT, null, "140 IE", null);
    private static final Mark FACT = new Mark(Mark.Kind.FACT, "#target-1", "target", "target");

    /** The pieces written out as bracketed text, e.g. {@code [MENTION:Henan 河南]}. */
    private static String show(List<Piece> pieces) {
        StringBuilder s = new StringBuilder();
        for (Piece p : pieces) {
            if (p.mark() == null)
                s.append(p.text());
            else
                s.append('[').append(p.mark().kind()).append(':').append(p.mark().title()).append(' ')
                    .append(show(p.children())).append(']');
        }
        return s.toString();
    }

    private static List<Piece> pieces(String text, List<Span> spans) {
        int[] cp = text.codePoints().toArray();
        return Highlighter.pieces(cp, 0, cp.length, spans);
    }

    @Test
    void offsetsCountCodePoints() {
        // 𠀀 is one code point and two UTF-16 units: the span after it starts at code point 1.
        assertEquals("𠀀[MENTION:Henan 河南]省", show(pieces("𠀀河南省", List.of(new Span(1, 3, HENAN)))));
    }

    @Test
    void aMentionInsideAnotherIsAGroupOfLinksToTheInnermostEntity() {
        String text = "中共河南省委决定";
        List<Span> spans = List.of(new Span(0, 6, COMMITTEE), new Span(0, 2, PARTY), new Span(2, 5, HENAN));
        assertEquals("[NEST:Committee [MENTION:CPC 中共][MENTION:Henan 河南省][MENTION:Committee 委]]决定",
            show(pieces(text, spans)));
    }

    @Test
    void aFactHoldsTheWordsOfItsSentence() {
        String text = "全省抽调了一百四十多名技术人员。其他";
        List<Span> spans = List.of(new Span(5, 11, AMOUNT), new Span(0, 16, FACT));
        assertEquals("[FACT:target 全省抽调了[AMOUNT:140 IE 一百四十多名]技术人员。]其他", show(pieces(text, spans)));
    }

    @Test
    void aSpanCrossingAnotherIsLeftOut() {
        List<Span> spans = List.of(new Span(0, 3, HENAN), new Span(2, 5, AMOUNT));
        assertEquals("[MENTION:Henan 河南省]委决定", show(pieces("河南省委决定", spans)));
    }

    @Test
    void spansAreClippedToTheParagraph() {
        int[] cp = "第一段\n河南省".codePoints().toArray();
        List<Piece> second = Highlighter.pieces(cp, 4, 7, List.of(new Span(4, 6, HENAN), new Span(0, 2, AMOUNT)));
        assertEquals("[MENTION:Henan 河南]省", show(second));
    }
}
