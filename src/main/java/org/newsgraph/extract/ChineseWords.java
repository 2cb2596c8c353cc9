package org.newsgraph.extract;

import java.util.BitSet;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP's segmentation of a Chinese text, which has no spaces, made once on first use and shared by the finders that
 * read the text: its words with their parts of speech, and where its word boundaries are. A name whose first or last
 * character the segmenter joins to a neighbour (东方 in 东方红, 安平 in 张安平) is part of a longer word, not a word
 * of its own. Not thread-safe: one per text.
 */
final class ChineseWords {

    private static final ThreadLocal<Segment> SEGMENTER = ThreadLocal.withInitial(() -> HanLP.newSegment().enableOffset(true));

    private final String text;
    private List<Term> words;
    private BitSet boundaries;

    ChineseWords(String text) {
        this.text = text;
    }

    String text() { return text; }

    /** The words, in text order, as HanLP's standard segmenter gives them. */
    List<Term> words() {
        if (words == null)
            words = SEGMENTER.get().seg(text);
        return words;
    }

    /** True when the characters {@code [from, to)} (UTF-16 indices) start and end on word boundaries. */
    boolean aligned(int from, int to) {
        if (boundaries == null) {
            boundaries = new BitSet(text.length() + 1);
            boundaries.set(0);
            boundaries.set(text.length());
            for (Term t : words()) {
                boundaries.set(t.offset);
                boundaries.set(t.offset + t.word.length());
            }
        }
        return boundaries.get(from) && boundaries.get(to);
    }
}
