package org.newsgraph.extract;

import java.util.BitSet;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Where HanLP's segmenter puts the word boundaries of a Chinese text, which has no spaces: a name whose first or
 * last character the segmenter joins to a neighbour (东方 in 东方红, 安平 in 张安平) is part of a longer word, not a
 * word of its own. Segments the text once, on first use. Not thread-safe: one per text.
 */
final class WordBoundaries {

    private static final ThreadLocal<Segment> SEGMENTER = ThreadLocal.withInitial(() -> HanLP.newSegment().enableOffset(true));

    private final String text;
    private BitSet boundaries;

    WordBoundaries(String text) {
        this.text = text;
    }

    /** True when the characters {@code [from, to)} (UTF-16 indices) start and end on word boundaries. */
    boolean aligned(int from, int to) {
        if (boundaries == null) {
            boundaries = new BitSet(text.length() + 1);
            boundaries.set(0);
            boundaries.set(text.length());
            for (Term t : SEGMENTER.get().seg(text)) {
                boundaries.set(t.offset);
                boundaries.set(t.offset + t.word.length());
            }
        }
        return boundaries.get(from) && boundaries.get(to);
    }
}
